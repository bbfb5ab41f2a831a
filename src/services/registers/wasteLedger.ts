import { checkCreditCode } from '../../domain/identifiers/creditCode.js';
import { columnLetter } from '../../domain/ledger/cellWords.js';
import { matchEnterpriseName } from '../../domain/registers/matchEnterpriseName.js';
import {
  checkWasteRows,
  parseWasteTable,
  wasteTotals,
  type WasteFinding,
  type WasteRow,
  type WasteTotals,
} from '../../domain/registers/waste/index.js';
import { readWorkbookGridInWorker } from '../../render/xlsx/readWorkbookGridInWorker.js';
import { WorkbookLimitError, WorkbookReadError } from '../../render/xlsx/workbookErrors.js';
import {
  listEnterpriseIdentities,
  listWasteLedgerRows,
  replaceWasteLedgerYear,
  type NewWasteLedgerRow,
  type WasteLedgerRowWithEnterprise,
} from '../../store/queries/wasteLedger.js';
import { actorName } from '../auth/actor.js';
import { recordChange } from '../audit/recordChange.js';
import { withTransaction, type ServiceContext } from '../context.js';
import { ServiceError, type ServiceIssue } from '../errors.js';
import { MAX_YEAR, MIN_YEAR } from '../fields.js';
import { resolvePark } from '../parks/resolvePark.js';

/** A year of the park's solid and hazardous waste ledger (固体废物台账). */
export interface WasteLedgerYear {
  park: string;
  year: number;
  rows: (WasteRow & { enterpriseId: number })[];
  /** Park totals and counts of generating enterprises, computed from the rows. */
  totals: WasteTotals;
  /** Rows that do not balance, manifest flags on rows without hazardous waste. */
  findings: WasteFinding[];
}

const NAME_COLUMN = `${columnLetter(1)} 企业名称`;

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new ServiceError('VALIDATION', `年份"${year}"无效`, [
      { field: 'year', value: year, expected: `${MIN_YEAR}–${MAX_YEAR} 之间的整数年份`, message: `年份"${year}"无效` },
    ]);
  }
}

async function readSheets(bytes: Uint8Array) {
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

const toRow = (r: WasteLedgerRowWithEnterprise): WasteRow & { enterpriseId: number } => ({
  enterpriseId: r.enterpriseId,
  enterpriseName: r.enterpriseName,
  creditCode: r.creditCode,
  year: r.year,
  general: {
    generatedTonnes: r.generalGeneratedTonnes,
    selfUtilisedTonnes: r.generalSelfUtilisedTonnes,
    selfDisposedTonnes: r.generalSelfDisposedTonnes,
    entrustedTonnes: r.generalEntrustedTonnes,
  },
  hazardous: {
    generatedTonnes: r.hazardousGeneratedTonnes,
    selfUtilisedTonnes: r.hazardousSelfUtilisedTonnes,
    selfDisposedTonnes: r.hazardousSelfDisposedTonnes,
    entrustedTonnes: r.hazardousEntrustedTonnes,
  },
  transferManifest: r.transferManifest,
  hwCategories: r.hwCategories,
});

/** What the audit trail keeps of a stored row: its own fields. */
const auditOf = ({ enterpriseName: _n, creditCode: _c, importedAt: _a, ...fields }: WasteLedgerRowWithEnterprise) => fields;

/** The park's waste ledger of one year, in table order, with its totals and findings. */
export async function listWasteLedger(ctx: ServiceContext, parkCode: string, year: number): Promise<WasteLedgerYear> {
  checkYear(year);
  const park = await resolvePark(ctx, parkCode, 'read');
  const rows = (await listWasteLedgerRows(ctx.db, park.id, year)).map(toRow);
  return { park: park.code, year, rows, totals: wasteTotals(rows), findings: checkWasteRows(rows) };
}

/**
 * Imports a year of the waste ledger from a workbook in the layout of table 10, replacing that year's rows. All or
 * nothing: any bad cell, or an enterprise that is not in the park's enterprise file, and nothing is written; each
 * error names sheet, row, column and value. Rows link to the file by credit code, else by exact name; a name that is
 * not in the file is refused with the nearest enterprise proposed, never created.
 */
export async function importWasteWorkbook(
  ctx: ServiceContext,
  parkCode: string,
  year: number,
  bytes: Uint8Array,
  fileName: string,
): Promise<WasteLedgerYear> {
  checkYear(year);
  const park = await resolvePark(ctx, parkCode, 'write');
  const sheets = await readSheets(bytes);
  const sheet = sheets.find((s) => s.rows.some((r) => r.some((c) => /企业名称|单位名称/.test(c.replace(/\s+/g, '')))));
  if (!sheet) {
    throw new ServiceError('IMPORT_INVALID', `工作簿中没有找到固体废物处置清单（工作表：${sheets.map((s) => s.name).join('、')}）`, [
      { file: fileName, message: '没有任何工作表包含"企业名称"表头', expected: '表10格式的企业固体废物处置清单' },
    ]);
  }
  const parsed = parseWasteTable(sheet.rows, year);
  if (!parsed.ok) {
    const issues = parsed.issues.map((i): ServiceIssue => ({ ...i, file: fileName, sheet: sheet.name }));
    throw new ServiceError('IMPORT_INVALID', `工作簿有${issues.length}处错误，未导入任何数据`, issues);
  }
  if (parsed.rows.length === 0) {
    throw new ServiceError('IMPORT_INVALID', '工作簿中没有企业数据', [{ file: fileName, sheet: sheet.name, message: '表头下方没有企业行' }]);
  }

  return withTransaction(ctx, async (tx) => {
    const file = await listEnterpriseIdentities(tx.db, park.id);
    const byCode = new Map(file.filter((e) => e.creditCode).map((e) => [checkCreditCode(e.creditCode!).normalized, e]));
    const issues: ServiceIssue[] = [];
    const linked = new Map<number, number>();
    const news: NewWasteLedgerRow[] = [];
    parsed.rows.forEach((row, i) => {
      const sheetRow = parsed.sheetRows[i]!;
      const match = matchEnterpriseName(row.enterpriseName, file);
      const enterprise = (row.creditCode ? byCode.get(row.creditCode) : undefined) ?? (match.kind === 'exact' ? match.enterprise : undefined);
      if (!enterprise) {
        const nearest = match.kind === 'proposal' ? `最接近：${match.enterprise.name}` : '档案中没有相近的企业，请先在企业档案中添加';
        issues.push({ file: fileName, sheet: sheet.name, row: sheetRow, column: NAME_COLUMN, value: row.enterpriseName, expected: '企业档案中的企业', message: `应为企业档案中的企业；${nearest}` });
        return;
      }
      const enterpriseId = enterprise.id;
      const first = linked.get(enterpriseId);
      if (first !== undefined) {
        issues.push({ file: fileName, sheet: sheet.name, row: sheetRow, column: NAME_COLUMN, value: row.enterpriseName, expected: '每家企业一行', message: `与第${first}行是同一家企业（${enterprise.name}）` });
        return;
      }
      linked.set(enterpriseId, sheetRow);
      news.push({
        enterpriseId,
        seq: i + 1,
        generalGeneratedTonnes: row.general.generatedTonnes,
        generalSelfUtilisedTonnes: row.general.selfUtilisedTonnes,
        generalSelfDisposedTonnes: row.general.selfDisposedTonnes,
        generalEntrustedTonnes: row.general.entrustedTonnes,
        hazardousGeneratedTonnes: row.hazardous.generatedTonnes,
        hazardousSelfUtilisedTonnes: row.hazardous.selfUtilisedTonnes,
        hazardousSelfDisposedTonnes: row.hazardous.selfDisposedTonnes,
        hazardousEntrustedTonnes: row.hazardous.entrustedTonnes,
        transferManifest: row.transferManifest,
        hwCategories: row.hwCategories,
        source: fileName,
        importedBy: actorName(tx.actor),
      });
    });
    if (issues.length > 0) throw new ServiceError('IMPORT_INVALID', `工作簿有${issues.length}处错误，未导入任何数据`, issues);

    const before = new Map((await listWasteLedgerRows(tx.db, park.id, year)).map((r) => [r.enterpriseId, r]));
    const written = await replaceWasteLedgerYear(tx.db, park.id, year, news);
    const after = new Map(news.map((n) => [n.enterpriseId, n]));
    for (const { id, enterpriseId } of written) {
      const old = before.get(enterpriseId);
      await recordChange(tx, { parkId: park.id, entity: 'waste_ledger_row', entityId: id, action: 'import', before: old ? auditOf(old) : null, after: { ...after.get(enterpriseId), year } });
    }
    for (const [enterpriseId, old] of before) {
      if (!after.has(enterpriseId)) await recordChange(tx, { parkId: park.id, entity: 'waste_ledger_row', entityId: old.id, action: 'delete', before: auditOf(old), after: null });
    }
    return listWasteLedger(tx, parkCode, year);
  });
}
