import { describe, expect, it } from 'vitest';
import { figureOf, paragraphOf, reportOf } from '../../../../../test/helpers/reportDocument.js';
import type { RecordRef, TableBlock, TableTally } from '../../reportModel.js';
import { countVsTable } from './countVsTable.js';

const ent = (id: number, label: string): RecordRef => ({ entity: 'enterprise', id, label });
const [A, B, C] = [ent(1, '甲公司'), ent(2, '乙公司'), ent(3, '丙公司')];

/** 甲 holds a permit over two merged rows, 乙 holds none, then the 在建企业 section with 丙, who holds one. */
const table: TableBlock = {
  kind: 'table',
  key: 't',
  caption: '表1 企业情况',
  header: ['企业名称', '批复', '排污许可证'],
  columnWidths: [1, 1, 1],
  rows: [
    { cells: [{ text: '甲公司', rowSpan: 2 }, { text: '批复1' }, { text: 'X001', rowSpan: 2 }], record: A },
    { cells: [{ text: '批复2' }], record: A },
    { cells: [{ text: '乙公司' }, { text: '批复3' }, { text: '否' }], record: B },
    { cells: [{ text: '在建企业', colSpan: 3 }], role: 'section' },
    { cells: [{ text: '丙公司' }, { text: '否' }, { text: 'X003' }], record: C },
  ],
};
const held: TableTally = { table: 't', where: [{ column: '排污许可证', except: ['否'] }] };
const count = (value: string, tally: TableTally, records: RecordRef[] = []) =>
  figureOf('held', '已取得排污许可证企业', value, '家', { tally, cues: { terms: ['已取得排污许可'] }, aggregate: 'count', provenance: { kind: 'rule', rule: 'held', description: '', records } });
const check = (blocks: Parameters<typeof reportOf>[0]) => countVsTable.check({ report: reportOf(blocks), enterprises: [] });

describe('count.table', () => {
  it('counts records, not rows: the merged 甲 counts once', () => {
    expect(check([paragraphOf('p', ['已取得排污许可证企业', count('2', held, [A, C])]), table])).toEqual([]);
  });

  it('finds a generated count that differs from the rows, linking the records the two disagree on', () => {
    const [f] = check([paragraphOf('p', ['已取得排污许可证企业', count('3', held, [A, B, C])]), table]);
    expect(f!.message).toBe('段落“已取得排污许可证企业3家”中已取得排污许可证企业为3家，而表1中“排污许可证”不为“否”的记录共2家');
    expect(f!.links).toEqual([B]);
  });

  it('finds a count in written text that differs from the rows, linking the text', () => {
    const p = paragraphOf('p', ['已取得排污许可证企业', count('2', held, [A, C])], '园区已取得排污许可证企业3家。');
    const [f] = check([p, table]);
    expect(f!.message).toContain('编写的文字“园区已取得排污许可证企业3家”');
    expect(f!.links[0]).toMatchObject({ entity: 'reportText', id: 'p' });
  });

  it('counts the rows under a section row, or before any', () => {
    const building = figureOf('b', '在建企业', '1', '家', { tally: { table: 't', section: '在建企业' } });
    const producing = figureOf('o', '正常生产企业', '2', '家', { tally: { table: 't', section: null } });
    expect(check([paragraphOf('p', ['在建企业', building, '，正常生产企业', producing]), table])).toEqual([]);
  });

  it('is silent when the report has no such table or column', () => {
    expect(check([paragraphOf('p', ['已取得排污许可证企业', count('9', held)])])).toEqual([]);
    expect(check([paragraphOf('p', ['已取得排污许可证企业', count('9', { table: 't', where: [{ column: '没有这一列' }] })]), table])).toEqual([]);
  });
});
