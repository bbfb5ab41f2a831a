import { checkCreditCode } from '../../domain/identifiers/creditCode.js';
import { columnLetter } from '../../domain/ledger/cellWords.js';
import { matchEnterpriseName, PROPOSAL_REASON_LABELS } from '../../domain/registers/matchEnterpriseName.js';
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
  rows: WasteLedgerYearRow[];
  /** Park totals and counts of generating enterprises, computed from the rows. */
  totals: WasteTotals;
  /** Rows that do not balance, manifest flags on rows without hazardous waste. */
  findings: WasteFinding[];
}

/** A stored row as the domain reads it (named as the enterprise file names it now), with its enterprise's id. */
export type WasteLedgerYearRow = WasteRow & {
  enterpriseId: number;
  /** The name as the imported table wrote it, when it differs from the file's name; null when the same. */
  nameInTable: string | null;
};

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

/** A stored row as the domain reads it, with its enterprise's id. */
export const toWasteRow = (r: WasteLedgerRowWithEnterprise): WasteLedgerYearRow => ({
  enterpriseId: r.enterpriseId,
  enterpriseName: r.enterpriseName,
  nameInTable: r.nameInTable,
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
  const rows = (await listWasteLedgerRows(ctx.db, park.id, year)).map(toWasteRow);
  return { park: park.code, year, rows, totals: wasteTotals(rows), findings: checkWasteRows(rows) };
}

/**
 * Names the user confirmed: a name as the table writes it → the enterprise file's name of the enterprise it means
 * (a proposal accepted, or another enterprise of the file chosen). A row whose name is confirmed links to that
 * enterprise; nothing is ever created.
 */
export type ConfirmedNames = Readonly<Record<string, string>>;

/** How one row of an imported table links to the enterprise file. */
export interface WasteNameLink {
  /** 1-based sheet row. */
  row: number;
  /** The name as the table writes it. */
  nameInTable: string;
  /**
   * `creditCode` / `exact`: linked by the table's credit code or by the same name; `confirmed`: by a name the user
   * confirmed; `proposal`: not linked, the nearest enterprise is proposed; `none`: not linked, nothing near.
   */
  link: 'creditCode' | 'exact' | 'confirmed' | 'proposal' | 'none';
  /** The enterprise linked to, or proposed; null for `none`. */
  enterpriseName: string | null;
  /** Why the enterprise is proposed (仅公司类型后缀不同 …); null unless `proposal`. */
  reason: string | null;
}

/** What importing a workbook would do, without writing: each row's link to the file, and the table's totals. */
export interface WasteImportPreview {
  file: string;
  sheet: string;
  year: number;
  links: WasteNameLink[];
  /** Rows not linked yet (a proposal to confirm, or no near enterprise). */
  unresolved: number;
  totals: WasteTotals;
  findings: WasteFinding[];
}

/** A table read from a workbook: its rows and each row's 1-based sheet row. */
export interface WasteTable {
  file: string;
  sheet: string;
  rows: WasteRow[];
  sheetRows: number[];
}

type FileEnterprise = Awaited<ReturnType<typeof listEnterpriseIdentities>>[number];

/** Reads the table-10 sheet of a workbook; any unreadable cell, and nothing is returned. */
export async function readWasteWorkbook(year: number, bytes: Uint8Array, fileName: string): Promise<WasteTable> {
  const sheets = await readSheets(bytes);
  const sheet = sheets.find((s) => s.rows.some((r) => r.some((c) => /企业名称|单位名称/.test(c.replace(/\s+/g, '')))));
  if (!sheet) {
    throw new ServiceError('IMPORT_INVALID', `工作簿中没有找到固体废物处置清单（工作表：${sheets.map((s) => s.name).join('、')}）`, [
      { file: fileName, message: '没有任何工作表包含"企业名称"表头', expected: '表10格式的企业固体废物处置清单' },
    ]);
  }
  return readWasteSheet(year, sheet.rows, fileName, sheet.name);
}

/** Reads a table in the layout of table 10 from sheet cells (see {@link parseWasteTable}). */
export function readWasteSheet(year: number, cells: readonly (readonly string[])[], fileName: string, sheet: string): WasteTable {
  const parsed = parseWasteTable(cells, year);
  if (!parsed.ok) {
    const issues = parsed.issues.map((i): ServiceIssue => ({ ...i, file: fileName, sheet }));
    throw new ServiceError('IMPORT_INVALID', `工作簿有${issues.length}处错误，未导入任何数据`, issues);
  }
  if (parsed.rows.length === 0) {
    throw new ServiceError('IMPORT_INVALID', '工作簿中没有企业数据', [{ file: fileName, sheet, message: '表头下方没有企业行' }]);
  }
  return { file: fileName, sheet, rows: parsed.rows, sheetRows: parsed.sheetRows };
}

/**
 * Links each row to the enterprise file: by credit code, else by the same name, else by a name the user confirmed.
 * Issues: a confirmation naming no enterprise of the file, two rows of one enterprise. Rows left unlinked are
 * returned with the nearest enterprise proposed (or none), never created.
 */
function linkRows(table: WasteTable, file: readonly FileEnterprise[], confirmed: ConfirmedNames) {
  const byCode = new Map(file.filter((e) => e.creditCode).map((e) => [checkCreditCode(e.creditCode!).normalized, e]));
  const issues: ServiceIssue[] = [];
  const links: (WasteNameLink & { enterprise: FileEnterprise | null })[] = [];
  const linkedAt = new Map<number, number>();
  table.rows.forEach((row, i) => {
    const sheetRow = table.sheetRows[i]!;
    const at = { file: table.file, sheet: table.sheet, row: sheetRow, column: NAME_COLUMN, value: row.enterpriseName };
    const match = matchEnterpriseName(row.enterpriseName, file);
    const byCredit = row.creditCode ? byCode.get(row.creditCode) : undefined;
    const confirmedName = Object.hasOwn(confirmed, row.enterpriseName) ? confirmed[row.enterpriseName]! : null;
    let link: WasteNameLink['link'];
    let enterprise: FileEnterprise | null = null;
    if (byCredit) [link, enterprise] = ['creditCode', byCredit];
    else if (match.kind === 'exact') [link, enterprise] = ['exact', match.enterprise];
    else if (confirmedName !== null) {
      const chosen = matchEnterpriseName(confirmedName, file);
      if (chosen.kind !== 'exact') {
        issues.push({ ...at, expected: '企业档案中的企业名称', message: `确认的企业"${confirmedName}"不在企业档案中` });
        return;
      }
      [link, enterprise] = ['confirmed', chosen.enterprise];
    } else link = match.kind;
    if (enterprise) {
      const first = linkedAt.get(enterprise.id);
      if (first !== undefined) {
        issues.push({ ...at, expected: '每家企业一行', message: `与第${first}行是同一家企业（${enterprise.name}）` });
        return;
      }
      linkedAt.set(enterprise.id, sheetRow);
    }
    links.push({
      row: sheetRow,
      nameInTable: row.enterpriseName,
      link,
      enterpriseName: enterprise?.name ?? (match.kind === 'proposal' ? match.enterprise.name : null),
      reason: !enterprise && match.kind === 'proposal' ? PROPOSAL_REASON_LABELS[match.reason] : null,
      enterprise,
    });
  });
  return { links, issues };
}

const publicLink = ({ enterprise: _e, ...link }: WasteNameLink & { enterprise: unknown }): WasteNameLink => link;

/**
 * What importing the workbook would do, writing nothing: each row's link to the enterprise file (with the nearest
 * enterprise proposed for a name not in it), and the table's totals and findings. Bad cells are refused as by the
 * import.
 */
export async function previewWasteWorkbook(
  ctx: ServiceContext,
  parkCode: string,
  year: number,
  bytes: Uint8Array,
  fileName: string,
  confirmed: ConfirmedNames = {},
): Promise<WasteImportPreview> {
  checkYear(year);
  const park = await resolvePark(ctx, parkCode, 'write');
  const table = await readWasteWorkbook(year, bytes, fileName);
  const { links, issues } = linkRows(table, await listEnterpriseIdentities(ctx.db, park.id), confirmed);
  if (issues.length > 0) throw new ServiceError('IMPORT_INVALID', `工作簿有${issues.length}处错误，未导入任何数据`, issues);
  return {
    file: fileName,
    sheet: table.sheet,
    year,
    links: links.map(publicLink),
    unresolved: links.filter((l) => !l.enterprise).length,
    totals: wasteTotals(table.rows),
    findings: checkWasteRows(table.rows),
  };
}

/**
 * Imports a year of the waste ledger from a workbook in the layout of table 10, replacing that year's rows. All or
 * nothing: any bad cell, or an enterprise that is not in the park's enterprise file, and nothing is written; each
 * error names sheet, row, column and value. Rows link to the file by credit code, else by exact name, else by a name
 * in `confirmed`; a name that is not in the file is refused with the nearest enterprise proposed, never created.
 */
export async function importWasteWorkbook(
  ctx: ServiceContext,
  parkCode: string,
  year: number,
  bytes: Uint8Array,
  fileName: string,
  confirmed: ConfirmedNames = {},
): Promise<WasteLedgerYear> {
  checkYear(year);
  await resolvePark(ctx, parkCode, 'write');
  return importWasteTable(ctx, parkCode, year, await readWasteWorkbook(year, bytes, fileName), confirmed);
}

/** Imports a table already read (see {@link importWasteWorkbook}); the demo park loads seed 000's table 10 this way. */
export async function importWasteTable(
  ctx: ServiceContext,
  parkCode: string,
  year: number,
  table: WasteTable,
  confirmed: ConfirmedNames = {},
): Promise<WasteLedgerYear> {
  checkYear(year);
  const park = await resolvePark(ctx, parkCode, 'write');
  return withTransaction(ctx, async (tx) => {
    const { links, issues } = linkRows(table, await listEnterpriseIdentities(tx.db, park.id), confirmed);
    for (const l of links) {
      if (l.enterprise) continue;
      const nearest = l.link === 'proposal' ? `最接近：${l.enterpriseName}` : '档案中没有相近的企业，请先在企业档案中添加';
      issues.push({ file: table.file, sheet: table.sheet, row: l.row, column: NAME_COLUMN, value: l.nameInTable, expected: '企业档案中的企业', message: `应为企业档案中的企业；${nearest}` });
    }
    if (issues.length > 0) {
      issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
      throw new ServiceError('IMPORT_INVALID', `工作簿有${issues.length}处错误，未导入任何数据`, issues);
    }
    const news: NewWasteLedgerRow[] = table.rows.map((row, i) => {
      const l = links[i]!;
      // The table's own name is kept where it is not the file's (a name the user confirmed, or a row linked by its
      // credit code under another name): the report prints the file's name and its lint names the table's.
      const nameInTable = row.enterpriseName.trim();
      return {
        enterpriseId: l.enterprise!.id,
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
        source: table.file,
        importedBy: actorName(tx.actor),
        nameInTable: nameInTable === l.enterprise!.name ? null : nameInTable,
      };
    });

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
