import { checkCreditCode } from '../../identifiers/creditCode.js';
import { cellWord, columnLetter } from '../../ledger/cellWords.js';
import { toDecimal } from '../../standards/_lib/decimal.js';
import { parseHwCategories } from './hwCategory.js';
import { QUANTITY_LABELS, WASTE_KIND_LABELS, type WasteKind, type WasteQuantities, type WasteRow } from './types.js';

/** A cell the table could not be read from. Rows are 1-based sheet rows, as a user sees them. */
export interface WasteTableIssue {
  row: number;
  /** Column letter and header, e.g. "C 一般工业固体废物 产生量". */
  column: string;
  value: string;
  expected: string;
  message: string;
}

/**
 * All rows, each with its 1-based sheet row in `sheetRows` (same order), or none and the issues: an import is
 * all-or-nothing.
 */
export type ParsedWasteTable = { ok: true; rows: WasteRow[]; sheetRows: number[] } | { ok: false; issues: WasteTableIssue[] };

type QuantityKey = keyof WasteQuantities;
type ColumnKey = 'name' | 'creditCode' | 'manifest' | 'hwCategories' | `${WasteKind}.${QuantityKey}`;

const squash = (s: string) => s.replace(/\s+/g, '');

/** Header words, tolerant of the wording seen in park tables ("委托处理（外售）", "外委处置", "产生量(吨）"). */
const QUANTITY_PATTERNS: readonly [QuantityKey, RegExp][] = [
  ['generatedTonnes', /产生量|产生/],
  ['selfUtilisedTonnes', /综合利用/],
  ['selfDisposedTonnes', /自行处置|自行处理/],
  ['entrustedTonnes', /委托|外委|外售/],
];
const NAME = /企业名称|单位名称/;
const CREDIT_CODE = /信用代码/;
const MANIFEST = /转移(清单|联单)/;
const HW_CATEGORIES = /类别|代码/;
const GENERAL = /一般.*固/;
const HAZARDOUS = /危险废物|危废/;
const TOTAL = /^(合计|总计|小计)$/;

const EXPECTED_NUMBER = '非负数（t/a），无则填 0';

/**
 * Reads the rows of a waste table in the layout of table 10 (企业固体废物处置清单) into ledger rows for `year`.
 *
 * The header is two rows: groups (序号, 企业名称, 一般工业固体废物（t/a）, 危险废物（t/a）, 涉危废转移清单企业,
 * and optionally 统一社会信用代码 and 危险废物类别) with a group's title in the first cell of its merged range,
 * and below it the four quantities of each group. Blank rows and the 合计 row are skipped. A quantity cell that
 * is blank or "/" reads as 0; the transfer-manifest cell reads √/是 as yes and "/"/否/blank as no.
 *
 * @param rows the sheet's cells as text, row 0 = sheet row 1; merged ranges hold their text in the top-left cell
 */
export function parseWasteTable(rows: readonly (readonly string[])[], year: number): ParsedWasteTable {
  const headerIndex = rows.findIndex((r) => r.some((c) => NAME.test(squash(c))));
  if (headerIndex < 0 || headerIndex + 1 >= rows.length) {
    return {
      ok: false,
      issues: [{ row: 1, column: '', value: '', expected: '表头行，包含"企业名称"列及其下一行的产生量等列', message: '未找到表头行（应包含"企业名称"列）' }],
    };
  }
  const { columns, headers, issues } = readHeader(rows[headerIndex] ?? [], rows[headerIndex + 1] ?? [], headerIndex + 1);
  if (issues.length > 0) return { ok: false, issues };

  const out: WasteRow[] = [];
  const sheetRows: number[] = [];
  for (let r = headerIndex + 2; r < rows.length; r++) {
    const cells = rows[r] ?? [];
    const sheetRow = r + 1;
    const text = (key: ColumnKey) => {
      const c = columns.get(key);
      return c === undefined ? '' : (cells[c] ?? '').trim();
    };
    const columnName = (key: ColumnKey) => {
      const c = columns.get(key) ?? 0;
      return `${columnLetter(c)} ${headers[c] ?? ''}`;
    };
    const issue = (key: ColumnKey, expected: string, message: string) =>
      issues.push({ row: sheetRow, column: columnName(key), value: text(key), expected, message });

    if (cells.every((c) => c.trim() === '')) continue;
    if (cells.slice(0, 2).some((c) => TOTAL.test(squash(c)))) continue;
    const enterpriseName = text('name');
    if (enterpriseName === '') {
      issue('name', '企业名称', `第${sheetRow}行缺少企业名称`);
      continue;
    }

    const quantities = (kind: WasteKind): WasteQuantities => {
      const q = {} as WasteQuantities;
      for (const [key] of QUANTITY_PATTERNS) {
        const value = text(`${kind}.${key}`);
        q[key] = '0';
        if (value === '' || cellWord(value) === 'none') continue;
        try {
          q[key] = toDecimal(value, key).toString();
        } catch {
          issue(`${kind}.${key}`, EXPECTED_NUMBER, `第${sheetRow}行 ${WASTE_KIND_LABELS[kind]}${QUANTITY_LABELS[key]}"${value}"不是非负数`);
        }
      }
      return q;
    };
    const general = quantities('general');
    const hazardous = quantities('hazardous');

    let transferManifest = false;
    const manifestWord = cellWord(text('manifest'));
    if (manifestWord === 'yes') transferManifest = true;
    else if (manifestWord === null) issue('manifest', '√、是、/ 或 否', `第${sheetRow}行涉危废转移清单企业"${text('manifest')}"无法识别`);

    let creditCode: string | null = null;
    if (text('creditCode') !== '') {
      const check = checkCreditCode(text('creditCode'));
      if (check.valid) creditCode = check.normalized;
      else issue('creditCode', '18位统一社会信用代码', `第${sheetRow}行统一社会信用代码无效：${check.errors.join('；')}`);
    }

    const hw = parseHwCategories(text('hwCategories'));
    if (hw.invalid.length > 0) {
      issue('hwCategories', '危险废物类别 HW01–HW50，以顿号分隔', `第${sheetRow}行危险废物类别"${hw.invalid.join('、')}"不在 HW01–HW50 之内`);
    }

    out.push({ enterpriseName, creditCode, year, general, hazardous, transferManifest, hwCategories: hw.codes });
    sheetRows.push(sheetRow);
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, rows: out, sheetRows };
}

/** Maps each column of the two header rows to what it holds; names a required column that is missing. */
function readHeader(
  top: readonly string[],
  sub: readonly string[],
  sheetRow: number,
): { columns: Map<ColumnKey, number>; headers: string[]; issues: WasteTableIssue[] } {
  const columns = new Map<ColumnKey, number>();
  const headers: string[] = [];
  let group: WasteKind | null = null;
  const width = Math.max(top.length, sub.length);
  for (let c = 0; c < width; c++) {
    const t = squash(top[c] ?? '');
    const s = squash(sub[c] ?? '');
    if (t !== '') {
      group = null;
      if (NAME.test(t)) columns.set('name', c);
      else if (CREDIT_CODE.test(t)) columns.set('creditCode', c);
      else if (MANIFEST.test(t)) columns.set('manifest', c);
      else if (HAZARDOUS.test(t) && HW_CATEGORIES.test(t)) columns.set('hwCategories', c);
      else if (GENERAL.test(t)) group = 'general';
      else if (HAZARDOUS.test(t)) group = 'hazardous';
    }
    headers[c] = group && s !== '' ? `${WASTE_KIND_LABELS[group]} ${s}` : t || s;
    if (group && s !== '') {
      const quantity = QUANTITY_PATTERNS.find(([, pattern]) => pattern.test(s));
      if (quantity && !columns.has(`${group}.${quantity[0]}`)) columns.set(`${group}.${quantity[0]}`, c);
    }
  }
  const required: [ColumnKey, string][] = [
    ['name', '企业名称'],
    ['manifest', '涉危废转移清单企业'],
    ...(['general', 'hazardous'] as const).flatMap((kind) =>
      QUANTITY_PATTERNS.map(([key]): [ColumnKey, string] => [`${kind}.${key}`, `${WASTE_KIND_LABELS[kind]} ${QUANTITY_LABELS[key]}`]),
    ),
  ];
  const issues = required
    .filter(([key]) => !columns.has(key))
    .map(([, label]) => ({ row: sheetRow, column: label, value: '', expected: `表头列"${label}"`, message: `表头缺少"${label}"列` }));
  return { columns, headers, issues };
}
