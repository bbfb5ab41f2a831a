import { checkCreditCode } from '../../domain/identifiers/creditCode.js';
import { matchEnterpriseName, PROPOSAL_REASON_LABELS } from '../../domain/registers/matchEnterpriseName.js';
import { EMISSION_TABLE_HEADER, parseEmissionTable, PUBLISHED_ROW_NAME } from '../../domain/registers/quota/emissionTable.js';
import type { TableBlock } from '../../domain/report/reportModel.js';
import { readWorkbookGridInWorker } from '../../render/xlsx/readWorkbookGridInWorker.js';
import { WorkbookLimitError, WorkbookReadError } from '../../render/xlsx/workbookErrors.js';
import { writeTableWorkbook } from '../../render/xlsx/writeTableWorkbook.js';
import { listEmissionRows, replaceEmissionRows, type EmissionRow, type NewEmissionRow } from '../../store/queries/quotas.js';
import { listEnterpriseIdentities } from '../../store/queries/wasteLedger.js';
import { actorName } from '../auth/actor.js';
import { recordChange } from '../audit/recordChange.js';
import { withReadTransaction, withTransaction, type ServiceContext } from '../context.js';
import { ServiceError, type ServiceIssue } from '../errors.js';
import { resolvePark } from '../parks/resolvePark.js';
import { checkEmissionYear, emissionAuditOf, listEmissions } from './emissions.js';
import type { EmissionYearView } from './quotaSchemas.js';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SHEET = '年度实际排放量';

/** Reads a workbook's sheets, turning the reader's refusals into an import error. */
export async function readImportSheets(bytes: Uint8Array) {
  try {
    return (await readWorkbookGridInWorker(bytes)).sheets;
  } catch (e) {
    if (e instanceof WorkbookLimitError) {
      const { measure, found, allowed } = e.breach;
      throw new ServiceError('IMPORT_INVALID', e.message, [{ field: 'file', value: found, expected: `${measure}不超过 ${allowed}`, message: e.message }]);
    }
    if (e instanceof WorkbookReadError) throw new ServiceError('IMPORT_INVALID', e.message, [{ message: e.message }]);
    throw e;
  }
}

/**
 * Names the user confirmed for names the table writes differently from the file: `表中名称=档案名称` pairs as the
 * CLI takes them, or an object. Refuses a pair without both names.
 */
export function readConfirmedNames(pairs: readonly string[] | Readonly<Record<string, string>> | undefined): Map<string, string> {
  const map = new Map<string, string>();
  if (!pairs) return map;
  if (!Array.isArray(pairs)) {
    for (const [k, v] of Object.entries(pairs)) map.set(k.trim(), String(v).trim());
    return map;
  }
  for (const pair of pairs as readonly string[]) {
    const at = pair.indexOf('=');
    const from = at < 0 ? '' : pair.slice(0, at).trim();
    const to = at < 0 ? '' : pair.slice(at + 1).trim();
    if (!from || !to) {
      throw new ServiceError('VALIDATION', `确认的名称“${pair}”格式有误`, [{ field: 'confirm', value: pair, expected: '表中名称=档案名称', message: '应写作 表中名称=档案名称' }]);
    }
    map.set(from, to);
  }
  return map;
}

/**
 * Imports a year's emissions from a workbook in the wide layout (序号 | 企业名称 | 统一社会信用代码 | 化学需氧量 | 氨氮 …,
 * t/a), replacing the year's enterprise rows, and the park's published totals when the table has a 园区公布总量 (合计)
 * row. All or nothing: a bad cell, an unknown pollutant column, or an enterprise not in the park's file, and nothing
 * is written; each error names sheet, row, column and value. Rows link to the file by credit code, else by exact
 * name, else by a name the user confirmed (`confirmed`: 表中名称 → 档案名称); a name that is not in the file is
 * refused with the nearest enterprise proposed, never created.
 */
export async function importEmissionsWorkbook(
  ctx: ServiceContext,
  parkCode: string,
  year: number,
  bytes: Uint8Array,
  fileName: string,
  confirmedNames: readonly string[] | Readonly<Record<string, string>> = [],
): Promise<EmissionYearView> {
  checkEmissionYear(year);
  const confirmed = readConfirmedNames(confirmedNames);
  const park = await resolvePark(ctx, parkCode, 'write');
  const sheets = await readImportSheets(bytes);
  const sheet = sheets.find((s) => s.rows.some((r) => r.some((c) => /企业名称|单位名称/.test(c.replace(/\s+/g, '')))));
  if (!sheet) {
    throw new ServiceError('IMPORT_INVALID', `工作簿中没有找到年度实际排放量表（工作表：${sheets.map((s) => s.name).join('、')}）`, [
      { file: fileName, message: '没有任何工作表包含“企业名称”表头', expected: `表头：${EMISSION_TABLE_HEADER.join(' | ')} | 化学需氧量 | 氨氮 …` },
    ]);
  }
  const parsed = parseEmissionTable(sheet.rows);
  if (!parsed.ok) {
    const issues = parsed.issues.map((i): ServiceIssue => ({ severity: 'error', file: fileName, sheet: sheet.name, ...i }));
    throw new ServiceError('IMPORT_INVALID', `工作簿有${issues.length}处错误，未导入任何数据`, issues);
  }
  if (parsed.rows.length === 0) throw new ServiceError('IMPORT_INVALID', '工作簿中没有排放量数据', [{ file: fileName, sheet: sheet.name, message: '表头下方没有企业行' }]);

  return withTransaction(ctx, async (tx) => {
    const file = await listEnterpriseIdentities(tx.db, park.id);
    const byCode = new Map(file.filter((e) => e.creditCode).map((e) => [checkCreditCode(e.creditCode!).normalized, e]));
    const byName = new Map(file.map((e) => [e.name, e]));
    const issues: ServiceIssue[] = [];
    const at = (row: number, value: string, expected: string, message: string): ServiceIssue => ({ severity: 'error', file: fileName, sheet: sheet.name, row, column: parsed.nameColumn, value, expected, message });
    for (const [from, to] of confirmed) {
      if (!byName.has(to)) issues.push({ severity: 'error', field: 'confirm', value: `${from}=${to}`, expected: '企业档案中的企业名称', message: `确认的档案名称“${to}”不在企业档案中` });
    }
    const linked = new Map<number, number>();
    const enterpriseRows: NewEmissionRow[] = [];
    const publishedRows: NewEmissionRow[] = [];
    let hasPublished = false;
    const by = actorName(tx.actor);
    for (const row of parsed.rows) {
      const base = (enterpriseId: number | null) =>
        row.amounts.map((a): NewEmissionRow => ({ year, enterpriseId, pollutantKey: a.key, pollutantName: a.name, tonnesPerYear: a.tonnesPerYear, source: 'imported', sourceFile: fileName, updatedBy: by }));
      if (row.published) {
        hasPublished = true;
        publishedRows.push(...base(null));
        continue;
      }
      const code = row.creditCode ? checkCreditCode(row.creditCode).normalized : null;
      const match = matchEnterpriseName(row.enterpriseName, file);
      const confirmedTo = confirmed.get(row.enterpriseName);
      const enterprise =
        (code ? byCode.get(code) : undefined) ?? (match.kind === 'exact' ? match.enterprise : undefined) ?? (confirmedTo ? byName.get(confirmedTo) : undefined);
      if (!enterprise) {
        if (confirmedTo) continue; // already named above: the confirmed name is not in the file
        const nearest =
          match.kind === 'proposal'
            ? `最接近：${match.enterprise.name}（${PROPOSAL_REASON_LABELS[match.reason]}）；确认后请以 ${row.enterpriseName}=${match.enterprise.name} 重新导入`
            : '档案中没有相近的企业，请先在企业档案中添加';
        issues.push(at(row.row, row.enterpriseName, '企业档案中的企业', `应为企业档案中的企业；${nearest}`));
        continue;
      }
      const first = linked.get(enterprise.id);
      if (first !== undefined) {
        issues.push(at(row.row, row.enterpriseName, '每家企业一行', `与第${first}行是同一家企业（${enterprise.name}）`));
        continue;
      }
      linked.set(enterprise.id, row.row);
      enterpriseRows.push(...base(enterprise.id));
    }
    if (issues.length > 0) throw new ServiceError('IMPORT_INVALID', `工作簿有${issues.length}处错误，未导入任何数据`, issues);

    const before = await listEmissionRows(tx.db, park.id, year);
    const written = [
      ...(await replaceEmissionRows(tx.db, park.id, year, 'enterprises', enterpriseRows)),
      ...(hasPublished ? await replaceEmissionRows(tx.db, park.id, year, 'published', publishedRows) : []),
    ];
    const keyOf = (r: Pick<EmissionRow, 'enterpriseId' | 'pollutantKey'>) => `${r.enterpriseId ?? 'park'}:${r.pollutantKey}`;
    const old = new Map(before.filter((r) => r.enterpriseId !== null || hasPublished).map((r) => [keyOf(r), r]));
    for (const row of written) {
      const was = old.get(keyOf(row));
      await recordChange(tx, { parkId: park.id, entity: 'emission_record', entityId: row.id, action: 'import', before: was ? emissionAuditOf(was) : null, after: emissionAuditOf(row) });
      old.delete(keyOf(row));
    }
    for (const gone of old.values()) {
      await recordChange(tx, { parkId: park.id, entity: 'emission_record', entityId: gone.id, action: 'delete', before: emissionAuditOf(gone), after: null });
    }
    return listEmissions(tx, park.code, year);
  });
}

/**
 * The year's emissions as a workbook in the layout the import reads: one row per enterprise, a column per
 * pollutant (t/a), then the park's published totals as the row 园区公布总量.
 */
export async function exportEmissionsWorkbook(ctx: ServiceContext, parkCode: string, year: number): Promise<{ fileName: string; bytes: Buffer }> {
  checkEmissionYear(year);
  return withReadTransaction(ctx, async (tx) => {
    const park = await resolvePark(tx, parkCode, 'read');
    const rows = await listEmissionRows(tx.db, park.id, year);
    const pollutants = [...new Map(rows.map((r) => [r.pollutantKey, r.pollutantName])).entries()];
    const ORDER = ['COD', 'NH3-N', 'SO2', 'NOx', 'VOCs'];
    const rank = (k: string) => (ORDER.includes(k) ? ORDER.indexOf(k) : ORDER.length);
    pollutants.sort((a, b) => rank(a[0]) - rank(b[0]));
    const header = [...EMISSION_TABLE_HEADER, ...pollutants.map(([k, n]) => (k.startsWith('other:') ? `其他：${n}` : n))];
    const groups = new Map<string, { name: string; code: string; amounts: Map<string, string> }>();
    for (const r of rows) {
      const id = r.enterpriseId === null ? 'park' : String(r.enterpriseId);
      const g = groups.get(id) ?? { name: r.enterpriseName ?? PUBLISHED_ROW_NAME, code: r.creditCode ?? '', amounts: new Map() };
      g.amounts.set(r.pollutantKey, r.tonnesPerYear);
      groups.set(id, g);
    }
    const ordered = [...groups.entries()].sort((a, b) => Number(a[0] === 'park') - Number(b[0] === 'park'));
    let seq = 0;
    const table: TableBlock = {
      kind: 'table',
      key: 'emissions',
      caption: '',
      header,
      columnWidths: [4, 24, 18, ...pollutants.map(() => 10)],
      rows: ordered.map(([id, g]) => ({
        cells: [
          { text: id === 'park' ? '' : String(++seq) },
          { text: g.name, align: 'left' as const },
          { text: g.code },
          ...pollutants.map(([k]) => ({ text: g.amounts.get(k) ?? '' })),
        ],
      })),
    };
    const bytes = await writeTableWorkbook([
      { name: SHEET, title: `${park.name}${year}年主要污染物实际排放量（t/a）`, table },
      {
        name: '填写说明',
        lines: [
          '1. 每家企业一行，污染物排放量单位为 t/a，未排放或无数据的留空。',
          `2. 污染物列：化学需氧量、氨氮、二氧化硫、氮氧化物、挥发性有机物；其他污染物的列名写作“其他：名称”（如 其他：颗粒物）。`,
          `3. 园区只掌握总量时，写一行“${PUBLISHED_ROW_NAME}”，企业名称列填“${PUBLISHED_ROW_NAME}”。`,
          '4. 企业按统一社会信用代码或企业档案中的名称匹配；名称与档案不一致时导入会提示最接近的企业，确认后方可导入，不会新建企业。',
          '5. 导入时整表校验：任何一处错误都不会写入数据。',
        ],
      },
    ]);
    return { fileName: `${park.name}${year}年排放量.xlsx`, bytes };
  });
}
