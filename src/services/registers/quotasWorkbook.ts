import { columnLetter } from '../../domain/ledger/cellWords.js';
import { KNOWN_POLLUTANT_HEADERS, pollutantOfHeader } from '../../domain/registers/quota/emissionTable.js';
import type { TableBlock } from '../../domain/report/reportModel.js';
import { writeTableWorkbook } from '../../render/xlsx/writeTableWorkbook.js';
import { listQuotaRows } from '../../store/queries/quotas.js';
import { withReadTransaction, type ServiceContext } from '../context.js';
import { ServiceError, type ServiceIssue } from '../errors.js';
import { isCalendarDate } from '../fields.js';
import { resolvePark } from '../parks/resolvePark.js';
import { readImportSheets } from './emissionsWorkbook.js';
import type { ParkQuotasView, QuotasInputBody } from './quotaSchemas.js';
import { replaceQuotas } from './quotas.js';

/** The quota workbook's columns, in order. */
export const QUOTA_TABLE_HEADER = ['污染物', '总量控制指标(t/a)', '批复文号', '批复名称', '批复时间'] as const;
const SHEET = '总量控制指标';

const squash = (s: string) => s.replace(/\s+/g, '');
/** 2014-08, 2014年8月, 2014.8, 2014/08/15 → ISO (year, year-month or date). */
function readIssued(text: string): string | null {
  const m = /^(\d{4})(?:[-年./](\d{1,2})(?:[-月./](\d{1,2})日?)?月?)?年?$/.exec(squash(text));
  if (!m) return null;
  const [y, mo, d] = [m[1]!, m[2], m[3]];
  const iso = [y, mo?.padStart(2, '0'), d?.padStart(2, '0')].filter(Boolean).join('-');
  return isCalendarDate([...iso.split('-'), '01', '01'].slice(0, 3).join('-')) ? iso : null;
}

/**
 * Reads the quota workbook (污染物 | 总量控制指标(t/a) | 批复文号 | 批复名称 | 批复时间) and replaces the park's quotas
 * with it. All or nothing; each error names sheet, row, column and value. Every row names the same approval (a
 * blank approval cell repeats the row above).
 */
export async function importQuotasWorkbook(ctx: ServiceContext, parkCode: string, bytes: Uint8Array, fileName: string): Promise<ParkQuotasView> {
  const sheets = await readImportSheets(bytes);
  const sheet = sheets.find((s) => s.rows.some((r) => squash(r[0] ?? '') === '污染物'));
  if (!sheet) {
    throw new ServiceError('IMPORT_INVALID', '工作簿中没有找到总量控制指标表', [
      { file: fileName, message: '没有任何工作表的 A 列表头为“污染物”', expected: `表头：${QUOTA_TABLE_HEADER.join(' | ')}` },
    ]);
  }
  const headerIndex = sheet.rows.findIndex((r) => squash(r[0] ?? '') === '污染物');
  const issues: ServiceIssue[] = [];
  const cell = (row: number, j: number, value: string, expected: string, message: string): ServiceIssue => ({
    severity: 'error',
    file: fileName,
    sheet: sheet.name,
    row,
    column: `${columnLetter(j)} ${QUOTA_TABLE_HEADER[j]}`,
    value,
    expected,
    message,
  });
  const header = sheet.rows[headerIndex]!;
  QUOTA_TABLE_HEADER.forEach((h, j) => {
    if (squash(header[j] ?? '').replace(/[（]/g, '(').replace(/[）]/g, ')') !== h) {
      issues.push(cell(headerIndex + 1, j, header[j] ?? '', h, `第${j + 1}列表头应为“${h}”`));
    }
  });
  const quotas: QuotasInputBody['quotas'] = [];
  let approval: { documentNumber: string; title: string; issued: string | null } | null = null;
  for (let i = headerIndex + 1; i < sheet.rows.length; i++) {
    const cells = sheet.rows[i]!.map((c) => c.trim());
    const row = i + 1;
    if (cells.every((c) => c === '')) continue;
    const [name = '', amount = '', doc = '', title = '', issuedText = ''] = cells;
    const pollutant = pollutantOfHeader(name);
    if (!pollutant) issues.push(cell(row, 0, name, KNOWN_POLLUTANT_HEADERS, `不认识的污染物“${name}”`));
    const value = squash(amount).replace(/(t\/a|吨\/年)$/i, '');
    if (!/^\d{1,12}(\.\d{1,6})?$/.test(value)) issues.push(cell(row, 1, amount, '非负数字（t/a），如 300', `总量控制指标“${amount}”不是数字`));
    const issued = issuedText === '' ? null : readIssued(issuedText);
    if (issuedText !== '' && issued === null) issues.push(cell(row, 4, issuedText, 'YYYY、YYYY-MM 或 YYYY-MM-DD，如 2014-08', `批复时间“${issuedText}”无法识别`));
    if (doc === '' && title === '' && approval) {
      // a blank approval repeats the row above
    } else if (doc === '' || title === '') {
      issues.push(cell(row, doc === '' ? 2 : 3, doc === '' ? doc : title, '批复文号和批复名称', doc === '' ? '请填写批复文号' : '请填写批复名称'));
    } else if (approval && (approval.documentNumber !== doc || approval.title !== title)) {
      issues.push(cell(row, 2, doc, approval.documentNumber, `各项指标应来自同一批复（第一行为 ${approval.documentNumber}）`));
    } else {
      approval ??= { documentNumber: doc, title, issued };
    }
    if (pollutant) quotas.push({ pollutant: { code: pollutant.code, name: pollutant.code === 'other' ? pollutant.name! : null }, tonnesPerYear: value });
  }
  if (issues.length === 0 && !approval) issues.push({ severity: 'error', file: fileName, sheet: sheet.name, message: '表头下方没有指标行', expected: `表头：${QUOTA_TABLE_HEADER.join(' | ')}` });
  if (issues.length) throw new ServiceError('IMPORT_INVALID', `工作簿有${issues.length}处错误，未导入任何数据`, issues);
  return replaceQuotas(ctx, parkCode, { approval, quotas });
}

/** The park's quotas as the workbook the import reads. */
export async function exportQuotasWorkbook(ctx: ServiceContext, parkCode: string): Promise<{ fileName: string; bytes: Buffer }> {
  return withReadTransaction(ctx, async (tx) => {
    const park = await resolvePark(tx, parkCode, 'read');
    const rows = await listQuotaRows(tx.db, park.id);
    const table: TableBlock = {
      kind: 'table',
      key: 'quotas',
      caption: '',
      header: [...QUOTA_TABLE_HEADER],
      columnWidths: [12, 12, 20, 36, 10],
      rows: rows.map((q) => ({
        cells: [
          { text: q.pollutantKey.startsWith('other:') ? `其他：${q.pollutantName}` : q.pollutantName },
          { text: q.tonnesPerYear },
          { text: q.approvalDocument },
          { text: q.approvalTitle, align: 'left' as const },
          { text: q.approvalIssued ?? '' },
        ],
      })),
    };
    const bytes = await writeTableWorkbook([{ name: SHEET, table }]);
    return { fileName: `${park.name}总量控制指标.xlsx`, bytes };
  });
}
