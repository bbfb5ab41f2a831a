import { columnLetter } from '../../ledger/cellWords.js';
import { toHalfWidth } from '../../identifiers/toHalfWidth.js';
import { POLLUTANT_NAMES, pollutantKey, type Pollutant } from './pollutants.js';

/**
 * The wide emission table a park keeps (年度实际排放量): 序号 | 企业名称 | 统一社会信用代码 | 化学需氧量 | 氨氮 |
 * 二氧化硫 | 氮氧化物 | 挥发性有机物 …, one row per enterprise, t/a. A row named 合计 / 园区合计 / 园区公布总量 is the
 * park's total as published. UNCONFIRMED: no seed shows such a table; the layout follows the issue and table 10.
 */
export const EMISSION_TABLE_HEADER = ['序号', '企业名称', '统一社会信用代码'] as const;

/** The name of the row that holds the park's published totals when a table is written. */
export const PUBLISHED_ROW_NAME = '园区公布总量';
/** Names that mark the published-total row when a table is read. UNCONFIRMED: a park may write 合计 for it. */
const PUBLISHED_ROW = /^(园区)?(公布)?(合计|总计|总量|公布总量)$/;

/** Header words of each pollutant column, besides the printed name (化学需氧量) and its code (COD). */
const ALIASES: Readonly<Record<string, Exclude<Pollutant['code'], 'other'>>> = {
  化学需氧量: 'COD', COD: 'COD', CODCR: 'COD', 'COD CR': 'COD',
  氨氮: 'NH3-N', 'NH3-N': 'NH3-N', NH3N: 'NH3-N',
  二氧化硫: 'SO2', SO2: 'SO2',
  氮氧化物: 'NOx', NOX: 'NOx',
  挥发性有机物: 'VOCs', VOCS: 'VOCs', 'VOCS挥发性有机物': 'VOCs', '挥发性有机物VOCS': 'VOCs',
  '化学需氧量COD': 'COD', '氨氮NH3-N': 'NH3-N', '二氧化硫SO2': 'SO2', '氮氧化物NOX': 'NOx',
};

/** What a pollutant column may be headed, for an error message. */
export const KNOWN_POLLUTANT_HEADERS = `${Object.values(POLLUTANT_NAMES).join('、')}（或 COD、NH3-N、SO2、NOx、VOCs），其他污染物写作“其他：名称”`;

/** One row of the table: an enterprise's (or, with `published`, the park's) emissions, in t/a as exact text. */
export interface EmissionTableRow {
  /** Sheet row, 1-based. */
  row: number;
  /** The name as the table writes it; '' for the published row. */
  enterpriseName: string;
  creditCode: string | null;
  published: boolean;
  amounts: { pollutant: Pollutant; key: string; name: string; tonnesPerYear: string; column: string }[];
}

export interface EmissionTableIssue {
  row: number;
  column: string;
  value: string;
  expected: string;
  message: string;
}

export type EmissionTableReading = { ok: true; rows: EmissionTableRow[]; nameColumn: string } | { ok: false; issues: EmissionTableIssue[] };

const squash = (s: string) => toHalfWidth(s).replace(/\s+/g, '');
const EMPTY = /^([\/／\-—–]|无)?$/;

/** The pollutant a header cell names, or null. Units in brackets ((t/a), （吨/年）) are ignored. */
export function pollutantOfHeader(text: string): Pollutant | null {
  const bare = squash(text).replace(/[（(]\s*(t\/a|吨\/年|t)\s*[)）]/gi, '').replace(/(t\/a|吨\/年)$/i, '');
  const other = /^其[他它][:：（(]?([^)）]+)[)）]?$/.exec(bare);
  if (other && other[1]!.trim()) return { code: 'other', name: other[1]!.trim() };
  const plain = bare.replace(/[（()）]/g, '').toUpperCase();
  const code = ALIASES[plain] ?? ALIASES[bare];
  return code ? { code } : null;
}

/**
 * Reads the wide emission table from a sheet's grid (rows of display strings). All or nothing: every bad cell is an
 * issue naming row, column and value; a pollutant column it does not know is one too.
 */
export function parseEmissionTable(grid: readonly (readonly string[])[]): EmissionTableReading {
  const headerIndex = grid.findIndex((r) => r.some((c) => /企业名称|单位名称/.test(squash(c))));
  if (headerIndex < 0) {
    return { ok: false, issues: [{ row: 1, column: '', value: '', expected: `表头：${EMISSION_TABLE_HEADER.join(' | ')} | 污染物…`, message: '没有找到“企业名称”表头' }] };
  }
  const header = grid[headerIndex]!;
  const headerRow = headerIndex + 1;
  const label = (j: number) => `${columnLetter(j)} ${squash(header[j] ?? '')}`;
  const nameCol = header.findIndex((c) => /企业名称|单位名称/.test(squash(c)));
  const codeCol = header.findIndex((c) => /信用代码/.test(squash(c)));
  const issues: EmissionTableIssue[] = [];
  const columns: { index: number; pollutant: Pollutant; key: string; name: string }[] = [];
  header.forEach((cell, j) => {
    const text = squash(cell);
    if (j === nameCol || j === codeCol || text === '' || /^(序号|编号|备注)$/.test(text)) return;
    const pollutant = pollutantOfHeader(cell);
    if (!pollutant) {
      issues.push({ row: headerRow, column: label(j), value: cell, expected: KNOWN_POLLUTANT_HEADERS, message: `不认识的污染物列“${cell.trim()}”` });
      return;
    }
    const { key, name } = pollutantKey(pollutant);
    const first = columns.find((c) => c.key === key);
    if (first) {
      issues.push({ row: headerRow, column: label(j), value: cell, expected: '每种污染物一列', message: `与 ${label(first.index)} 是同一种污染物` });
      return;
    }
    columns.push({ index: j, pollutant, key, name });
  });
  if (columns.length === 0 && issues.length === 0) {
    issues.push({ row: headerRow, column: '', value: '', expected: KNOWN_POLLUTANT_HEADERS, message: '表头中没有污染物列' });
  }
  const rows: EmissionTableRow[] = [];
  let publishedAt: number | null = null;
  for (let i = headerIndex + 1; i < grid.length; i++) {
    const cells = grid[i]!;
    const row = i + 1;
    if (cells.every((c) => c.trim() === '')) continue;
    const name = (cells[nameCol] ?? '').trim();
    const published = PUBLISHED_ROW.test(squash(name));
    if (name === '') {
      issues.push({ row, column: label(nameCol), value: '', expected: `企业名称，或“${PUBLISHED_ROW_NAME}”`, message: '企业名称为空' });
      continue;
    }
    if (published) {
      if (publishedAt !== null) {
        issues.push({ row, column: label(nameCol), value: name, expected: '一行园区公布总量', message: `第${publishedAt}行已是园区公布总量` });
        continue;
      }
      publishedAt = row;
    }
    const amounts: EmissionTableRow['amounts'] = [];
    for (const c of columns) {
      const raw = (cells[c.index] ?? '').trim();
      const value = toHalfWidth(raw).replace(/\s+/g, '');
      if (EMPTY.test(value)) continue;
      if (!/^\d{1,12}(\.\d{1,6})?$/.test(value)) {
        issues.push({ row, column: label(c.index), value: raw, expected: '非负数字（t/a，最多6位小数），或留空', message: `${c.name}排放量“${raw}”不是数字` });
        continue;
      }
      amounts.push({ pollutant: c.pollutant, key: c.key, name: c.name, tonnesPerYear: value, column: label(c.index) });
    }
    const code = codeCol >= 0 ? squash(cells[codeCol] ?? '') : '';
    rows.push({ row, enterpriseName: published ? '' : name, creditCode: published || EMPTY.test(code) ? null : code, published, amounts });
  }
  return issues.length ? { ok: false, issues } : { ok: true, rows, nameColumn: label(nameCol) };
}
