import { describe, expect, it } from 'vitest';
import { figureOf, paragraphOf, reportOf } from '../../../../../test/helpers/reportDocument.js';
import { editedFigures } from './editedFigures.js';

const output = figureOf('output', '工业总产值', '40.25', '亿元', {
  format: { decimals: 2 },
  provenance: { kind: 'entered', source: '园区信息：2024年经济指标', records: [], by: '专员', at: null },
});
const without = figureOf('without', '无环评批复的企业', '3', '家', { cues: { terms: ['无环评批复'] } });
const content = ['工业总产值', output, '。无环评批复的企业', without, '。'];
const check = (edited?: string) => editedFigures.check({ report: reportOf([paragraphOf('p', content, edited)]), enterprises: [] });

describe('edited.figure', () => {
  it('is silent on generated text and on written text that gives the figures', () => {
    expect(check()).toEqual([]);
    expect(check('2024年园区实现工业总产值40.25亿元，无环评批复的企业3家。')).toEqual([]);
  });

  it('compares at the precision the figure prints with', () => {
    expect(check('工业总产值40.250亿元。')).toEqual([]);
    const [f] = check('工业总产值40.2亿元。');
    expect(f!.message).toBe('编写的文字“工业总产值40.2亿元”中工业总产值为40.2亿元，平台计算为40.25亿元（园区信息：2024年经济指标）');
    expect(f!.links[0]).toEqual({ entity: 'reportText', id: 'p', label: '一、园区概况：编写的段落' });
  });

  it('reads 没有… as zero', () => {
    const [f] = check('园区没有无环评批复的企业。');
    expect(f!.message).toContain('无环评批复的企业为0，平台计算为3家');
  });

  it('leaves numbers that name no figure alone', () => {
    expect(check('园区开展巡查6次，组织培训3次。')).toEqual([]);
  });
});
