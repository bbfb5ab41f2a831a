import { findLabItem, nearItemNames, type LabItem } from './labItems.js';
import { LabCellError, LabResultsError, type LabResultIssue } from './labResultsError.js';
import { LabDecimalLimitError, parseResultValue, type ResultValue } from './parseResultValue.js';
import { parseSampleDate } from './sampleDate.js';
import { standardItemFor, type LabStandard } from './standardItems.js';
import { convertUnit, parseUnit, unitSymbols } from './units.js';

/** Rows of text cells, as `readWorkbookGrid` gives a worksheet or {@link parseCsv} a CSV file. */
export interface LabSheet {
  /** Worksheet name; absent for a CSV file. */
  name?: string;
  /** `rows[i]` is row `i + 1`. */
  rows: readonly (readonly string[])[];
}

/** One result of a lab report. */
export interface LabResult {
  file: string;
  sheet?: string;
  row: number;
  /** 点位, as written (spaces trimmed). */
  point: string;
  /** 采样日期, 'YYYY-MM-DD'. */
  date: string;
  item: LabItem;
  /** The item as written. */
  itemText: string;
  /** The result in `unit`; for a standard given to the reader, in the unit of its table. */
  value: ResultValue;
  /** Canonical unit of `value` ('mg/L'), or the text as written for an item no standard limits. */
  unit: string;
  /** The cell and unit as written, for the record. */
  valueText: string;
  unitText: string;
  /**
   * Point or date taken from the row above because the cell was empty — a workbook's merged cells keep their text
   * in the first cell only (only with `fillDownMerged`). A decision of the reader, to be checked (待核对).
   */
  filledDown?: { column: '点位' | '采样日期'; fromRow: number; value: string }[];
}

type ColumnKind = 'point' | 'date' | 'item' | 'value' | 'unit' | 'detectionLimit';

/** Header names by column, after {@link headerKey}. */
const HEADERS: Readonly<Record<ColumnKind, readonly string[]>> = {
  point: ['点位', '点位名称', '监测点位', '采样点位', '采样点', '点位编号', '监测点', '断面', '监测断面', '断面名称', '井号', 'point', 'site'],
  date: ['采样日期', '采样时间', '监测日期', '监测时间', '日期', '检测日期', 'date', 'samplingdate'],
  item: ['监测项目', '检测项目', '项目', '分析项目', '监测因子', '因子', '指标', '监测指标', '污染物', 'item', 'parameter'],
  value: ['监测结果', '检测结果', '结果', '测定值', '监测值', '检测值', '浓度', '测定结果', 'value', 'result'],
  unit: ['单位', '计量单位', '结果单位', 'unit'],
  detectionLimit: ['检出限', '方法检出限', '检出限值', '最低检出限', 'dl', 'detectionlimit', 'lod'],
};
const LABELS: Readonly<Record<ColumnKind, string>> = {
  point: '点位',
  date: '采样日期',
  item: '监测项目',
  value: '监测结果',
  unit: '单位',
  detectionLimit: '检出限',
};
const REQUIRED: readonly ColumnKind[] = ['point', 'date', 'item', 'value', 'unit'];
/** A title or notes may stand above the header. */
const HEADER_SEARCH_ROWS = 10;

/** A header without spaces, case and a trailing unit in brackets ('监测结果（mg/L）' → '监测结果'). */
function headerKey(h: string): string {
  return String(h ?? '')
    .normalize('NFKC')
    .replace(/\(.*\)$/, '')
    .replace(/[\s_*]/g, '')
    .toLowerCase();
}
/** The unit a header carries in brackets ('监测结果（mg/L）' → 'mg/L'). */
function headerUnit(h: string): string | null {
  const m = /\(([^()]+)\)$/.exec(String(h ?? '').normalize('NFKC').trim());
  return m ? m[1].trim() : null;
}

const KIND_BY_HEADER = new Map<string, ColumnKind>(
  (Object.entries(HEADERS) as [ColumnKind, readonly string[]][]).flatMap(([kind, names]) => names.map((n) => [headerKey(n), kind] as const)),
);

/** Excel's column letters: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

interface Header {
  row: number;
  columns: Partial<Record<ColumnKind, number>>;
  texts: readonly string[];
  /** The unit a 监测结果 header carries, used when there is no 单位 column. */
  valueUnit: string | null;
}

function findHeader(rows: LabSheet['rows']): { header: Header | null; found: number } {
  let best: Header | null = null;
  let found = 0;
  for (let r = 0; r < Math.min(rows.length, HEADER_SEARCH_ROWS); r++) {
    const columns: Header['columns'] = {};
    rows[r].forEach((text, c) => {
      const kind = KIND_BY_HEADER.get(headerKey(text));
      if (kind && columns[kind] === undefined) columns[kind] = c;
    });
    const n = Object.keys(columns).length;
    if (n > found) {
      found = n;
      const valueUnit = columns.value === undefined ? null : headerUnit(rows[r][columns.value]);
      best = { row: r + 1, columns, texts: rows[r], valueUnit };
    }
  }
  return { header: found >= 2 ? best : null, found };
}

const isEmptyRow = (row: readonly string[]) => row.every((c) => String(c ?? '').trim() === '');

/**
 * @summary Read the results of a lab report — every sheet of a workbook, or a CSV file — all or nothing.
 *
 * @description
 * Each sheet has a header row (within its first 10 rows) naming the columns by their Chinese names or common
 * variants: 点位, 采样日期, 监测项目, 监测结果, 单位 (required; the unit may instead stand in brackets in the result
 * header, 监测结果（mg/L）) and 检出限 (optional), in any order. One row per result; empty rows are skipped, and so
 * are sheets of a workbook without any of these headers (a cover or notes sheet), as long as one sheet has them.
 * Items are matched by name, code or alias ({@link findLabItem}); values by {@link parseResultValue}; dates by
 * {@link parseSampleDate}. With `standard`, results of the items it limits are converted to the unit of its table
 * ({@link convertUnit}), and a unit that cannot be converted is refused; without it, a unit must at least be one
 * known here. One point, date and item twice is refused (a parallel sample goes in as its mean, or not at all).
 * With `fillDownMerged` (workbooks: a point or date merged down over its rows keeps its text in the first row only),
 * an empty point or date cell takes the value of the data row above, and the result says so (`filledDown`); the
 * first data row of a sheet must have both.
 *
 * @param file - the file name, for the issues
 * @throws {LabResultsError} with every issue found (file, sheet, row, column, value, what was expected); nothing
 * is returned then
 */
export function readLabResults(
  file: string,
  sheets: readonly LabSheet[],
  options: { standard?: LabStandard; fillDownMerged?: boolean } = {},
): LabResult[] {
  const issues: LabResultIssue[] = [];
  const results: LabResult[] = [];
  const nonEmpty = sheets.filter((s) => s.rows.some((r) => !isEmptyRow(r)));
  if (nonEmpty.length === 0) {
    throw new LabResultsError([{ file, expected: '非空的监测结果表（表头：点位、采样日期、监测项目、监测结果、单位、检出限）', value: '' }]);
  }
  const headers = nonEmpty.map((s) => ({ sheet: s, ...findHeader(s.rows) }));
  const anyHeader = headers.some((h) => h.header !== null);
  const seen = new Map<string, { sheet?: string; row: number }>();
  for (const { sheet, header } of headers) {
    const at = (row?: number, column?: string, value?: string) => ({
      file,
      ...(sheet.name === undefined ? {} : { sheet: sheet.name }),
      ...(row === undefined ? {} : { row }),
      ...(column === undefined ? {} : { column }),
      ...(value === undefined ? {} : { value }),
    });
    if (header === null) {
      if (!anyHeader) issues.push({ ...at(1, '表头'), expected: `表头行（前${HEADER_SEARCH_ROWS}行内），列名：${REQUIRED.map((k) => LABELS[k]).join('、')}、检出限（可选）` });
      continue;
    }
    const missing = REQUIRED.filter((k) => header.columns[k] === undefined && !(k === 'unit' && header.valueUnit !== null));
    if (missing.length > 0) {
      for (const k of missing) issues.push({ ...at(header.row, LABELS[k]), expected: `"${LABELS[k]}"列（表头可写作：${HEADERS[k].slice(0, 5).join('、')}）` });
      continue;
    }
    const colName = (k: ColumnKind) => `${columnLetter(header.columns[k] as number)}（${header.texts[header.columns[k] as number]}）`;
    const cell = (row: readonly string[], k: ColumnKind) => (header.columns[k] === undefined ? '' : String(row[header.columns[k] as number] ?? '').trim());
    let dataRows = 0;
    let above: { point: string; pointRow: number; date: string; dateRow: number } | null = null;
    for (let r = header.row; r < sheet.rows.length; r++) {
      const cells = sheet.rows[r];
      if (isEmptyRow(cells)) continue;
      dataRows++;
      const row = r + 1;
      const fail = (k: ColumnKind, value: string, expected: string) => issues.push({ ...at(row, colName(k), value), expected });
      const filledDown: NonNullable<LabResult['filledDown']> = [];
      let point = cell(cells, 'point').replace(/\s+/g, ' ');
      if (point === '' && options.fillDownMerged && above) {
        point = above.point;
        filledDown.push({ column: '点位', fromRow: above.pointRow, value: point });
      }
      if (point === '') fail('point', '', '点位名称');
      let date: string | null = null;
      if (cell(cells, 'date') === '' && options.fillDownMerged && above) {
        date = above.date;
        filledDown.push({ column: '采样日期', fromRow: above.dateRow, value: date });
      } else {
        try {
          date = parseSampleDate(cell(cells, 'date'));
        } catch (e) {
          if (!(e instanceof LabCellError)) throw e;
          fail('date', cell(cells, 'date'), e.expected);
        }
      }
      const filled = (column: string) => filledDown.find((f) => f.column === column)?.fromRow ?? row;
      above = point !== '' && date !== null ? { point, pointRow: filled('点位'), date, dateRow: filled('采样日期') } : null;
      const itemText = cell(cells, 'item');
      const item = findLabItem(itemText);
      if (!item) {
        const near = nearItemNames(itemText);
        fail('item', itemText, `已知的监测项目名称或代码${near.length ? `，相近的有：${near.join('、')}` : '（如 氨氮、NH3-N、化学需氧量、COD、总磷、六价铬、石油类、苯并[a]芘）'}`);
      }
      let value: ResultValue | null = null;
      const valueText = cell(cells, 'value');
      try {
        value = parseResultValue(valueText, cell(cells, 'detectionLimit'));
      } catch (e) {
        if (!(e instanceof LabCellError)) throw e;
        if (e instanceof LabDecimalLimitError) fail('detectionLimit', cell(cells, 'detectionLimit'), e.expected);
        else fail('value', valueText, e.expected);
      }
      const unitText = header.columns.unit === undefined ? (header.valueUnit ?? '') : cell(cells, 'unit');
      const unitColumn: ColumnKind = header.columns.unit === undefined ? 'value' : 'unit';
      let unit = unitText;
      if (item && value) {
        const ref = options.standard ? standardItemFor(options.standard, item) : null;
        try {
          if (ref) {
            value = convertValue(value, unitText, ref.unit);
            unit = ref.unit;
          } else if (value.kind !== 'notMeasured') {
            const known = parseUnit(unitText);
            if (item.dimension && known?.dimension !== item.dimension) {
              throw new LabCellError(unitText, `${item.name}的单位（${unitSymbols(item.dimension).join('、')}）`);
            }
            if (known) unit = known.symbol;
            else if (!item.freeUnit || unitText === '') {
              throw new LabCellError(unitText, '已知的单位（如 mg/L、µg/L、mg/kg、µg/m³、dB(A)、无量纲、MPN/L、个/L）');
            }
          }
        } catch (e) {
          if (!(e instanceof LabCellError)) throw e;
          fail(unitColumn, unitText, e.expected);
          value = null;
        }
      }
      if (point === '' || date === null || !item || value === null) continue;
      const key = `${point}\u0000${date}\u0000${item.id}`;
      const first = seen.get(key);
      if (first !== undefined) {
        const where = `${first.sheet !== undefined && first.sheet !== sheet.name ? `工作表"${first.sheet}"` : ''}第${first.row}行`;
        fail('item', itemText, `同一点位、采样日期只有一个"${item.name}"结果（与${where}重复）`);
        continue;
      }
      seen.set(key, { ...(sheet.name === undefined ? {} : { sheet: sheet.name }), row });
      results.push({
        file,
        ...(sheet.name === undefined ? {} : { sheet: sheet.name }),
        row,
        point,
        date,
        item,
        itemText,
        value,
        unit,
        valueText,
        unitText,
        ...(filledDown.length ? { filledDown } : {}),
      });
    }
    if (dataRows === 0) issues.push({ ...at(header.row + 1), value: '', expected: '表头下至少一行监测结果' });
  }
  if (issues.length > 0) throw new LabResultsError(issues);
  return results;
}

/** A value in the unit of a standard's table; the detection limit of a below-detection result converts with it. */
function convertValue(value: ResultValue, from: string, to: string): ResultValue {
  if (value.kind === 'notMeasured') return value;
  if (value.kind === 'number') return { kind: 'number', value: convertUnit(value.value, from, to) };
  const limit = value.limit === null ? null : convertUnit(value.limit, from, to);
  if (limit === null) convertUnit('0', from, to); // still refuse a unit of the wrong kind
  return { kind: 'belowDetection', limit };
}
