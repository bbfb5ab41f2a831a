import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HUNAN_2024_SCHEME } from './builtInSchemes.js';
import { parsePointsCell, readSchemeGrid, topicOfCriterion } from './readSchemeGrid.js';
import { SchemeFileError, type SchemeIssue } from './schemeFileError.js';
import type { CreditScheme } from './types.js';

/** Seed 000's credit table as printed (a copy of the seed's lines 1434–1605, one array per printed row). */
const SEED_GRID = (JSON.parse(readFileSync(new URL('../../../test/fixtures/credit/seed000-credit-table.json', import.meta.url), 'utf8')) as { grid: string[][] }).grid;

const { items: _items, ...META } = HUNAN_2024_SCHEME;
const meta: Omit<CreditScheme, 'items'> = { ...META, id: 'hunan-2024-sheet' };

function issuesOf(grid: string[][], m = meta): SchemeIssue[] {
  try {
    readSchemeGrid(grid, m);
  } catch (e) {
    if (e instanceof SchemeFileError) return e.issues;
    throw e;
  }
  throw new Error('not refused');
}
/** The seed grid with one cell changed (row and column 0-based in the grid). */
function withCell(row: number, col: number, value: string): string[][] {
  return SEED_GRID.map((r, i) => (i === row ? r.map((c, j) => (j === col ? value : c)) : [...r]));
}
const rowOfItem = (n: string): number => SEED_GRID.findIndex((r) => r[0] === n);

describe('readSchemeGrid', () => {
  it('reads seed 000’s table into the 23 items the built-in scheme types by hand: merged cells filled down, item 17’s two lines one criterion, topics from the wording', () => {
    const s = readSchemeGrid(SEED_GRID, meta);
    expect(s.items).toEqual(HUNAN_2024_SCHEME.items);
    expect(s.id).toBe('hunan-2024-sheet');
  });

  it('parses 分值 as printed', () => {
    expect(parsePointsCell('-1')).toEqual({ kind: 'points', points: -1 });
    expect(parsePointsCell('+2')).toEqual({ kind: 'points', points: 2 });
    expect(parsePointsCell('０')).toEqual({ kind: 'points', points: 0 });
    expect(parsePointsCell('－１')).toEqual({ kind: 'points', points: -1 });
    expect(parsePointsCell('−4分')).toEqual({ kind: 'points', points: -4 });
    expect(parsePointsCell('直接评为环保风险园区')).toEqual({ kind: 'setsGrade', grade: '环保风险园区' });
    expect(parsePointsCell('扣1分')).toBeNull();
    expect(parsePointsCell('')).toBeNull();
  });

  it('finds topics only in the wording it knows', () => {
    expect(topicOfCriterion('产业园区未开展自行监测或自行监测数据弄虚作假')).toBe('selfMonitoring');
    expect(topicOfCriterion('产业园区内存在土壤污染重点监管单位未按要求开展自行监测和隐患排查。')).toBeUndefined();
    expect(topicOfCriterion('产业园区内有建设项目未依法开展环境影响评价')).toBeUndefined();
  });

  it('refuses a missing 分值 naming the row', () => {
    const r = rowOfItem('5');
    expect(issuesOf(withCell(r, 4, ''))).toEqual([
      { line: null, row: r + 1, field: '分值', value: undefined, message: `第${r + 1}行 分值 的值"（缺少）"无效，应为分值：扣分如 -1，加分如 +2，不计分 0，或“直接评为”加等级名称` },
    ]);
  });

  it('refuses a 分值 that is words, and a grade the scheme does not have', () => {
    const r = rowOfItem('9');
    expect(issuesOf(withCell(r, 4, '扣2分'))).toMatchObject([{ row: r + 1, field: '分值', value: '扣2分' }]);
    const r17 = rowOfItem('17');
    expect(issuesOf(withCell(r17, 4, '直接评为不良园区'))).toMatchObject([{ row: r17 + 1, field: '分值', value: '不良园区' }]);
  });

  it('refuses a duplicate 序号 and a missing one, naming rows', () => {
    const r = rowOfItem('12');
    expect(issuesOf(withCell(r, 0, '11'))).toMatchObject([{ row: r + 1, field: '序号', value: '11' }]);
    expect(issuesOf(withCell(r, 0, ''))).toMatchObject([{ row: r + 1, field: '序号', value: '' }]);
  });

  it('refuses a missing criterion, a table without header, and bad meta', () => {
    const r = rowOfItem('3');
    expect(issuesOf(withCell(r, 3, ''))).toMatchObject([{ row: r + 1, field: '评价标准', value: '' }]);
    expect(issuesOf([['1', '环境准入', '规划环评', '…', '-1']])).toMatchObject([{ row: null, field: '表头' }]);
    expect(issuesOf([['序号', '一级指标', '评价标准', '分值']])).toMatchObject([{ row: 1, field: '表头' }]);
    expect(issuesOf(SEED_GRID, { ...meta, initialScore: 9.5 })).toMatchObject([{ row: null, field: 'initialScore（初始分）', value: 9.5 }]);
  });
});
