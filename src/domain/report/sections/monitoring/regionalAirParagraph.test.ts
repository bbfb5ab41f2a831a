import { describe, expect, it } from 'vitest';
import { SEED_REGIONAL } from '../../../../../test/fixtures/seed000Monitoring.js';
import { generatedText } from '../../figures.js';
import { buildRegionalAirParagraph } from './regionalAirParagraph.js';

const computed = (value: string) => ({ value, entered: null });

describe('buildRegionalAirParagraph', () => {
  it('writes seed 000 三（一） with each figure against 2023 and the comparison computed: SO2 12 → 12 is 持平, not 改善', () => {
    const { paragraph, figures } = buildRegionalAirParagraph(SEED_REGIONAL!);
    expect(generatedText(paragraph)).toBe(
      '本年度截止12月31日，累计空气质量优良天数330天；优良率90.2%；' +
        'PM2.5累计均值浓度57μg/m³，2023年为45μg/m³，上升。PM10累计均值浓度98μg/m³，2023年为82μg/m³，上升。' +
        'O3累计均值浓度22μg/m³，2023年为63μg/m³，下降。NO2累计均值浓度20μg/m³，2023年为30μg/m³，下降。' +
        'SO2累计均值浓度12μg/m³，2023年为12μg/m³，持平。CO累计均值浓度0.748mg/m³，2023年为1.831mg/m³，下降。' +
        '与2023年相比，O3、NO2、CO改善，SO2持平，PM2.5、PM10变差。',
    );
    expect(figures['regionalAir.2024.so2']!.comparison).toEqual({ previous: '12', current: '12', better: 'lower', previousYear: 2023 });
    expect(figures['regionalAir.2024.goodRate']!.ratio).toEqual({ numerator: 'regionalAir.2024.goodDays', denominator: 'regionalAir.2024.validDays' });
    expect(figures['regionalAir.2024.co']!.provenance).toMatchObject({ kind: 'entered', source: '祁东县空气质量年报', by: '专员' });
    expect(paragraph.key).toBe('3.airQuality');
  });

  it('computes 优良率 from the day counts when it is not given: 330 / 366 = 0.90163… → 90.2%', () => {
    const current = { ...SEED_REGIONAL!.current, goodDays: computed('330'), validDays: computed('366'), goodRate: null };
    const previous = { ...SEED_REGIONAL!.previous!, goodDays: computed('320'), validDays: computed('365'), goodRate: null };
    const { paragraph, figures } = buildRegionalAirParagraph({ ...SEED_REGIONAL!, current, previous, simulated: true });
    // 320 / 365 = 0.87671… → 87.7%.
    expect(generatedText(paragraph)).toMatch(/^本年度截止12月31日，累计空气质量优良天数330天，2023年为320天，增加。优良率90\.2%，2023年为87\.7%，上升。/);
    expect(generatedText(paragraph)).toMatch(/与2023年相比，优良天数、优良率、O3、NO2、CO改善，SO2持平，PM2\.5、PM10变差。以上为模拟数据。$/);
    expect(figures['regionalAir.2024.goodRate']!.provenance).toMatchObject({ kind: 'rule' });
  });
});
