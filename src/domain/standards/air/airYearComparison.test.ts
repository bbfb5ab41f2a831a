import { describe, expect, it } from 'vitest';
import type { EvaluatedPollutant } from './hj663Rules.js';
import { airYearComparison, type AirYearFigures } from './airYearComparison.js';

function figures(means: Partial<Record<EvaluatedPollutant, string | null>>, co: string, o3: string, goodDays: number, goodDayShare: string, complianceRate: string): AirYearFigures {
  const pollutants = (['so2', 'no2', 'co', 'o3', 'pm10', 'pm25'] as const).map((pollutant) => ({
    pollutant,
    mean: means[pollutant] ?? null,
    percentile: { p: 95, value: pollutant === 'co' ? co : pollutant === 'o3' ? o3 : null },
  }));
  return { pollutants, aqi: { goodDays, goodDayShare }, compliance: { complianceRate } };
}

const Y2023 = figures({ pm25: '38', pm10: '60', so2: '9', no2: '25' }, '1.2', '150', 320, '87.7', '85.2');
const Y2024 = figures({ pm25: '35', pm10: '60', so2: '10', no2: '24' }, '1.1', '150', 330, '90.2', '85.2');

describe('airYearComparison', () => {
  it('every figure of the report with its clause, from the printed numbers', () => {
    expect(airYearComparison(Y2023, Y2024).map((c) => c.clause)).toEqual([
      'PM2.5年均浓度35μg/m³，较上年（38μg/m³）下降7.9%',
      'PM10年均浓度60μg/m³，与上年持平',
      // 1/9 = 11.11 %
      'SO2年均浓度10μg/m³，较上年（9μg/m³）上升11.1%',
      // 1/25 = 4 %
      'NO2年均浓度24μg/m³，较上年（25μg/m³）下降4.0%',
      // 0.1/1.2 = 8.33 %
      'CO日均浓度第95百分位数1.1mg/m³，较上年（1.2mg/m³）下降8.3%',
      'O3日最大8小时平均浓度第90百分位数150μg/m³，与上年持平',
      '优良天数330天，较上年（320天）增加10天',
      '优良天数比例90.2%，较上年（87.7%）上升2.5个百分点',
      '达标率85.2%，与上年持平',
    ]);
  });

  it('better and worse by the figure: lower concentrations, higher rates; unchanged is the same, not better', () => {
    const c = airYearComparison(Y2023, Y2024);
    expect(c.map((x) => x.assessment)).toEqual(['better', 'same', 'worse', 'better', 'better', 'same', 'better', 'better', 'same']);
    expect(c.filter((x) => x.direction === 'unchanged').every((x) => !x.clause.includes('改善') && x.assessment === 'same')).toBe(true);
  });

  it('without last year every clause says so', () => {
    const c = airYearComparison(null, Y2024);
    expect(c[0].clause).toBe('PM2.5年均浓度35μg/m³，上年无可比数据');
    expect(c.every((x) => x.direction === null)).toBe(true);
  });
});
