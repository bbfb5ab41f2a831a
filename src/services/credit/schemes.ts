import { BUILT_IN_SCHEMES } from '../../domain/credit/builtInSchemes.js';
import { readSchemeGrid } from '../../domain/credit/readSchemeGrid.js';
import { readSchemeText } from '../../domain/credit/readSchemeText.js';
import { checkScheme } from '../../domain/credit/checkScheme.js';
import { compareVersions } from '../../domain/credit/schemeForYear.js';
import { SchemeFileError, type SchemeIssue } from '../../domain/credit/schemeFileError.js';
import type { CreditScheme } from '../../domain/credit/types.js';
import { readWorkbookGridInWorker } from '../../render/xlsx/readWorkbookGridInWorker.js';
import { getCreditSchemeRow, insertCreditSchemeRow, listCreditSchemeRows, type CreditSchemeRow } from '../../store/queries/credit.js';
import { actorName } from '../auth/actor.js';
import { recordChange } from '../audit/recordChange.js';
import { withReadTransaction, withTransaction, type ServiceContext } from '../context.js';
import { forbidden, ServiceError, type ServiceIssue } from '../errors.js';
import { issuesFromZod } from '../zodIssues.js';
import { SchemeMetaInput, type SchemeEntry, type SchemeFormat, type SchemeList } from './creditSchemas.js';

/**
 * 评价方案: the built-in schemes (code) and the ones an administrator loaded from a file (table credit_schemes). A
 * version once stored is never changed: a correction is loaded as a new version, and new evaluations take the
 * latest version of an id.
 */

const INVALID = '评价方案文件有误，未保存任何内容';

const storedScheme = (row: CreditSchemeRow) => row.data as CreditScheme;

/** Every scheme the platform knows, built-in first, each version once. */
export async function allSchemes(tx: ServiceContext): Promise<{ scheme: CreditScheme; row: CreditSchemeRow | null }[]> {
  const rows = await listCreditSchemeRows(tx.db);
  return [...BUILT_IN_SCHEMES.map((scheme) => ({ scheme, row: null })), ...rows.map((row) => ({ scheme: storedScheme(row), row }))];
}

/** The latest version of every scheme id: what schemeForYear chooses among. */
export function latestOfEach(schemes: readonly CreditScheme[]): CreditScheme[] {
  const latest = new Map<string, CreditScheme>();
  for (const s of schemes) {
    const seen = latest.get(s.id);
    if (!seen || compareVersions(s.version, seen.version) > 0) latest.set(s.id, s);
  }
  return [...latest.values()];
}

/** The scheme of this id and version (the latest version when none is given), built-in or stored; null when unknown. */
export async function findScheme(tx: ServiceContext, id: string, version?: string): Promise<CreditScheme | null> {
  const all = (await allSchemes(tx)).map((s) => s.scheme).filter((s) => s.id === id);
  if (version !== undefined) return all.find((s) => s.version === version) ?? null;
  return latestOfEach(all)[0] ?? null;
}

/** 评价方案列表: built-in and loaded schemes, the latest version of each id marked. */
export async function listSchemes(ctx: ServiceContext): Promise<SchemeList> {
  return withReadTransaction(ctx, async (tx) => {
    const all = await allSchemes(tx);
    const latest = latestOfEach(all.map((s) => s.scheme));
    const schemes: SchemeEntry[] = all.map(({ scheme, row }) => ({
      scheme,
      builtIn: row === null,
      source: row?.source ?? null,
      loadedBy: row?.loadedBy ?? null,
      loadedAt: row?.loadedAt.toISOString() ?? null,
      latest: latest.some((l) => l === scheme),
    }));
    return { schemes };
  });
}

/** The issues of a refused scheme file, each naming the line (text) or row (workbook), the field and the value. */
export function schemeFileIssues(e: SchemeFileError, file: string): ServiceIssue[] {
  return e.issues.map((i: SchemeIssue) => {
    const issue: ServiceIssue = { severity: 'error', file, field: i.field, value: i.value, message: i.message };
    // A text file's line and a workbook's row are both 第N行 to the user.
    const row = i.line ?? i.row;
    if (row !== null) issue.row = row;
    return issue;
  });
}

function requireAdmin(ctx: ServiceContext): void {
  if (ctx.actor.kind === 'user' && ctx.actor.role !== 'admin') throw forbidden('只有管理员可以导入评价方案');
}

/**
 * Reads a scheme file without writing anything: JSON or YAML text (issues name the line), a workbook laid out as the
 * report's credit table (issues name the row), or JSON already parsed (an API body sent as application/json: issues
 * name the field only).
 */
export async function readSchemeFile(
  bytes: Uint8Array | string | { parsed: unknown },
  format: SchemeFormat,
  fileName: string,
  meta?: unknown,
): Promise<CreditScheme> {
  try {
    if (typeof bytes === 'object' && 'parsed' in bytes) return checkScheme(bytes.parsed);
    if (format === 'xlsx') {
      if (typeof bytes === 'string') throw new ServiceError('BAD_REQUEST', `${fileName}：工作簿应以二进制上传`);
      const parsedMeta = SchemeMetaInput.safeParse(meta ?? {});
      if (!parsedMeta.success) {
        const issues = issuesFromZod(parsedMeta.error, meta).map((i) => ({ ...i, field: `meta.${i.field ?? ''}` }));
        throw new ServiceError('VALIDATION', `${fileName}：工作簿没有方案的基本信息（编号、版本、名称、地区、年度、初始分、等级），请一并提供；未保存任何内容`, issues);
      }
      const m = parsedMeta.data;
      const grid = await readWorkbookGridInWorker(bytes);
      const sheet = grid.sheets.find((s) => s.rows.some((r) => r.some((c) => c.trim() === '序号'))) ?? grid.sheets[0];
      if (!sheet) throw new ServiceError('VALIDATION', `${fileName}：工作簿没有工作表`, [{ file: fileName, message: '工作簿没有工作表' }]);
      return readSchemeGrid(sheet.rows, {
        id: m.id,
        version: m.version,
        name: m.name,
        document: m.document,
        regionCode: m.regionCode,
        years: { from: m.yearFrom, to: m.yearTo },
        initialScore: m.initialScore,
        maximum: m.maximum,
        grades: m.grades,
        notes: m.notes,
        unconfirmed: m.unconfirmed,
      });
    }
    const text = (typeof bytes === 'string' ? bytes : new TextDecoder('utf-8').decode(bytes)).replace(/^\uFEFF/, '');
    return readSchemeText(text, format);
  } catch (e) {
    if (e instanceof SchemeFileError) {
      const issues = schemeFileIssues(e, fileName);
      throw new ServiceError('VALIDATION', `${fileName}：${INVALID}（${issues.length}处错误）`, issues);
    }
    throw e;
  }
}

/**
 * Loads a scheme from a file (administrators only), all or nothing: a malformed file is refused with every issue
 * (line or row, field, value), and a version already known (built-in or stored) is refused — a correction is a new
 * version. Audited. For a workbook, `meta` (SchemeMetaInput) gives what the table does not carry.
 */
export async function loadSchemeFile(
  ctx: ServiceContext,
  bytes: Uint8Array | string | { parsed: unknown },
  format: SchemeFormat,
  fileName: string,
  meta?: unknown,
): Promise<SchemeEntry> {
  requireAdmin(ctx);
  const scheme = await readSchemeFile(bytes, format, fileName, meta);
  return withTransaction(ctx, async (tx) => {
    const known = (await findScheme(tx, scheme.id, scheme.version)) ?? (await getCreditSchemeRow(tx.db, scheme.id, scheme.version));
    if (known) {
      throw new ServiceError('CONFLICT', `评价方案 ${scheme.id} 的版本 ${scheme.version} 已存在；更正请作为新版本导入`, [
        { severity: 'error', file: fileName, field: 'version', value: scheme.version, message: `版本 ${scheme.version} 已存在，请改用新的版本号` },
      ]);
    }
    const row = await insertCreditSchemeRow(tx.db, { schemeId: scheme.id, version: scheme.version, data: scheme, source: fileName, loadedBy: actorName(tx.actor) });
    await recordChange(tx, { parkId: null, entity: 'credit_scheme', entityId: row.id, action: 'load', before: null, after: { source: fileName, scheme } });
    const latest = latestOfEach((await allSchemes(tx)).map((s) => s.scheme)).find((s) => s.id === scheme.id);
    return {
      scheme,
      builtIn: false,
      source: row.source,
      loadedBy: row.loadedBy,
      loadedAt: row.loadedAt.toISOString(),
      latest: latest?.version === scheme.version,
    };
  });
}
