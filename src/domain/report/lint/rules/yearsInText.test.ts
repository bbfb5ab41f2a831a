import { describe, expect, it } from 'vitest';
import { paragraphOf, reportOf } from '../../../../../test/helpers/reportDocument.js';
import { datum } from '../../figures.js';
import { yearsInText } from './yearsInText.js';

const history = datum('h', '园区沿革', '2023年3月，省政府批复同意设立高新区。', { kind: 'entered', source: '园区信息', records: [], by: null, at: null });
const check = (...blocks: Parameters<typeof reportOf>[0]) => yearsInText.check({ report: reportOf(blocks), enterprises: [] });

describe('year.text', () => {
  it('is silent on the report year, the year compared with and the years of the data', () => {
    expect(check(paragraphOf('a', ['截止到2024年底，较2023年增加。']))).toEqual([]);
    expect(check(paragraphOf('h', [history]), paragraphOf('b', ['x'], '2023年3月设立高新区，2024年新增企业2家。'))).toEqual([]);
  });

  it('finds a year carried over from an earlier report in written text, as something to verify', () => {
    const [f] = check(paragraphOf('b', ['x'], '截止到2022年底园区已入园企业48家。'));
    expect(f).toMatchObject({ rule: 'year.text', severity: 'warning', where: { blockKey: 'b' }, links: [{ entity: 'reportText', id: 'b' }] });
    expect(f!.message).toBe('“截止到2022年底园区已入园企业48家”中的2022年既不是报告年度2024年，也不是对比年份2023年，请核实是否沿用了往年文字');
  });

  it('finds such a year in the words of generated text, not in the data it prints', () => {
    expect(check(paragraphOf('g', ['截止到2021年底']))).toHaveLength(1);
    expect(check(paragraphOf('g', [history]))).toEqual([]);
  });

  it('leaves the span of a plan alone', () => {
    expect(check(paragraphOf('b', ['x'], '《总体规划（2012-2020年）》获得批复。'))).toEqual([]);
  });
});
