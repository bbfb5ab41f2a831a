import { describe, expect, it } from 'vitest';
import { parseEmissionTable, pollutantOfHeader } from './emissionTable.js';

describe('pollutantOfHeader', () => {
  it('knows the five quota pollutants by name or code, with or without a unit, and 其他：name', () => {
    expect(pollutantOfHeader('化学需氧量（t/a）')).toEqual({ code: 'COD' });
    expect(pollutantOfHeader('NH3-N')).toEqual({ code: 'NH3-N' });
    expect(pollutantOfHeader('氮氧化物(NOx)')).toEqual({ code: 'NOx' });
    expect(pollutantOfHeader('VOCs')).toEqual({ code: 'VOCs' });
    expect(pollutantOfHeader('其他：颗粒物')).toEqual({ code: 'other', name: '颗粒物' });
    expect(pollutantOfHeader('烟尘')).toBeNull();
  });
});

describe('parseEmissionTable', () => {
  const header = ['序号', '企业名称', '统一社会信用代码', '化学需氧量', '氨氮'];
  it('reads enterprise rows and the published row; empty and / cells are no row', () => {
    const r = parseEmissionTable([['标题'], header, ['1', '甲公司', '', '60.59', '/'], ['', '园区公布总量', '', '90.59', '1.37']]);
    expect(r).toEqual({
      ok: true,
      nameColumn: 'B 企业名称',
      rows: [
        { row: 3, enterpriseName: '甲公司', creditCode: null, published: false, amounts: [{ pollutant: { code: 'COD' }, key: 'COD', name: '化学需氧量', tonnesPerYear: '60.59', column: 'D 化学需氧量' }] },
        {
          row: 4,
          enterpriseName: '',
          creditCode: null,
          published: true,
          amounts: [
            { pollutant: { code: 'COD' }, key: 'COD', name: '化学需氧量', tonnesPerYear: '90.59', column: 'D 化学需氧量' },
            { pollutant: { code: 'NH3-N' }, key: 'NH3-N', name: '氨氮', tonnesPerYear: '1.37', column: 'E 氨氮' },
          ],
        },
      ],
    });
  });
  it('names row, column and value of each bad cell, an unknown column, a repeated column and a missing name', () => {
    const r = parseEmissionTable([[...header, '烟尘', 'COD'], ['1', '甲公司', '', '-1', '0.3', '', ''], ['2', '', '', '1', '', '', '']]);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues.map((i) => [i.row, i.column, i.value])).toEqual([
      [1, 'F 烟尘', '烟尘'],
      [1, 'G COD', 'COD'],
      [2, 'D 化学需氧量', '-1'],
      [3, 'B 企业名称', ''],
    ]);
  });
});
