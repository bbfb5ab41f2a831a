import { describe, expect, it } from 'vitest';
import { reportOf } from '../../../../../test/helpers/reportDocument.js';
import type { TableBlock } from '../../reportModel.js';
import { identifiers } from './identifiers.js';

const record = { entity: 'enterprise' as const, id: 7, label: '甲公司' };
const tableWith = (permit: string, filing: string): TableBlock => ({
  kind: 'table',
  key: 't',
  caption: '表1.3-1 园区企业环保执行情况汇总表',
  header: ['企业名称', '应急预案备案情况', '是否取得排污许可证'],
  columnWidths: [1, 1, 1],
  rows: [
    { cells: [{ text: '乙公司' }, { text: '否', identifier: true }, { text: '是', identifier: true }] },
    { cells: [{ text: '甲公司' }, { text: filing, identifier: true }, { text: permit, identifier: true }], record },
  ],
});
const check = (permit: string, filing = '430426-2022-062-M') => identifiers.check({ report: reportOf([tableWith(permit, filing)]), enterprises: [] });

describe('identifier.invalid', () => {
  it('is silent on valid numbers, on 是, 否 and /, and on a document number\'s leading zero', () => {
    expect(check('91430426MA4QA91117001U')).toEqual([]);
    expect(check('衡环评[2017]081号')).toEqual([]);
    expect(check('/', '430426-2022-062-M\n430426-2023-003-L')).toEqual([]);
  });

  it('finds a filing number of the wrong shape, naming row and column', () => {
    const [f] = check('/', '430426-2022-062-X');
    expect(f).toMatchObject({ rule: 'identifier.invalid', severity: 'error', where: { row: 2 }, links: [record] });
    expect(f!.message).toBe('表1.3-1第2行“应急预案备案情况”的“430426-2022-062-X”未通过校验：第4段（风险级别）应为L（一般）、M（较大）或H（重大），跨区域加T，实际为"X"');
  });

  it('asks to verify a permit number whose credit code fails its check character', () => {
    const [f] = check('91430426MA4QA91118001U');
    expect(f).toMatchObject({ rule: 'identifier.invalid', severity: 'warning', where: { table: '表1.3-1 园区企业环保执行情况汇总表', row: 2 }, links: [record] });
    expect(f!.message).toMatch(/^表1\.3-1第2行“是否取得排污许可证”的“91430426MA4QA91118001U”未通过校验：/);
  });

  it('checks each filing of a cell that lists several', () => {
    expect(check('/', '430426-2022-062-M\n4304-26-2022')).toHaveLength(1);
  });
});
