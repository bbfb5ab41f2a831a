import { pollutantKey } from '../../domain/registers/quota/pollutants.js';
import { getEnterpriseById } from '../../store/queries/enterprises.js';
import {
  deleteEmissionRow,
  findEmissionRow,
  getEmissionRow,
  insertEmissionRow,
  listEmissionRows,
  listEmissionYears,
  updateEmissionRow,
  type EmissionRow,
  type EmissionRowWithEnterprise,
  type NewEmissionRow,
} from '../../store/queries/quotas.js';
import { enterpriseAccess } from '../auth/access.js';
import { actorName } from '../auth/actor.js';
import { recordChange } from '../audit/recordChange.js';
import { withReadTransaction, withTransaction, type ServiceContext } from '../context.js';
import { forbidden, notFound, ServiceError } from '../errors.js';
import { MAX_YEAR, MIN_YEAR } from '../fields.js';
import { resolvePark } from '../parks/resolvePark.js';
import { issuesFromZod } from '../zodIssues.js';
import { EmissionInput, type EmissionInputValues, type EmissionRowView, type EmissionYearView } from './quotaSchemas.js';
import { codeOfKey } from './quotas.js';

const INVALID = '排放量信息有误，请按提示修改';

export function checkEmissionYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new ServiceError('VALIDATION', `年份"${year}"无效`, [
      { field: 'year', value: year, expected: `${MIN_YEAR}–${MAX_YEAR} 之间的整数年份`, message: `年份"${year}"无效` },
    ]);
  }
}

export const emissionRowView = (r: EmissionRowWithEnterprise): EmissionRowView => ({
  id: r.id,
  year: r.year,
  enterpriseId: r.enterpriseId,
  enterpriseName: r.enterpriseName,
  creditCode: r.creditCode,
  key: r.pollutantKey,
  code: codeOfKey(r.pollutantKey),
  name: r.pollutantName,
  tonnesPerYear: r.tonnesPerYear,
  source: r.source,
  sourceFile: r.sourceFile,
  updatedBy: r.updatedBy,
  updatedAt: r.updatedAt.toISOString(),
});

/** What the audit trail keeps of a stored row: its own fields. */
export const emissionAuditOf = (r: EmissionRow | EmissionRowWithEnterprise) => ({
  year: r.year,
  enterpriseId: r.enterpriseId,
  pollutantKey: r.pollutantKey,
  pollutantName: r.pollutantName,
  tonnesPerYear: r.tonnesPerYear,
  source: r.source,
  sourceFile: r.sourceFile,
});

/**
 * A year's emission rows (年度实际排放量): every enterprise's and the park's published totals. An enterprise user
 * sees its own enterprise's rows only.
 */
export async function listEmissions(ctx: ServiceContext, parkCode: string, year: number): Promise<EmissionYearView> {
  checkEmissionYear(year);
  return withReadTransaction(ctx, async (tx) => {
    const park = await resolvePark(tx, parkCode, 'enterprise');
    const rows = (await listEmissionRows(tx.db, park.id, year)).filter(
      (r) => park.access !== 'enterprise' || (r.enterpriseId !== null && enterpriseAccess(tx.actor, park, r.enterpriseId, false)),
    );
    return { park: park.code, year, rows: rows.map(emissionRowView), years: await listEmissionYears(tx.db, park.id) };
  });
}

function parseEmission(body: unknown): EmissionInputValues {
  const parsed = EmissionInput.safeParse(body);
  if (!parsed.success) throw new ServiceError('VALIDATION', INVALID, issuesFromZod(parsed.error, body));
  return parsed.data;
}

/**
 * The park, once the actor may write this row: officers and stewards any row, an enterprise user only its own
 * enterprise's (never the park's published total). The enterprise must be the park's.
 */
async function parkForRow(tx: ServiceContext, parkCode: string, enterpriseId: number | null) {
  const park = await resolvePark(tx, parkCode, 'enterprise');
  if (enterpriseId === null) {
    if (park.access !== 'write') throw forbidden('企业用户只能填报本企业的排放量，不能填写园区公布总量');
    return park;
  }
  if (!enterpriseAccess(tx.actor, park, enterpriseId, true)) throw forbidden('企业用户只能填报本企业的排放量');
  if (!(await getEnterpriseById(tx.db, park.id, enterpriseId))) {
    throw new ServiceError('VALIDATION', INVALID, [{ severity: 'error', field: 'enterpriseId', value: enterpriseId, message: `企业（编号${enterpriseId}）不是本园区档案中的企业` }]);
  }
  return park;
}

function rowOf(tx: ServiceContext, input: EmissionInputValues): NewEmissionRow {
  const p = input.pollutant;
  const { key, name } = pollutantKey(p.code === 'other' ? { code: 'other', name: p.name ?? '' } : { code: p.code }, 'pollutant');
  const byEnterprise = tx.actor.kind === 'user' && tx.actor.role === 'enterprise';
  return {
    year: input.year,
    enterpriseId: input.enterpriseId,
    pollutantKey: key,
    pollutantName: name,
    tonnesPerYear: input.tonnesPerYear,
    source: byEnterprise ? 'enterprise' : 'entered',
    sourceFile: null,
    updatedBy: actorName(tx.actor),
  };
}

/** One row per enterprise (or park total), pollutant and year. */
async function checkUnique(tx: ServiceContext, parkId: number, row: NewEmissionRow, exceptId: number | null) {
  const other = await findEmissionRow(tx.db, parkId, row.year, row.enterpriseId ?? null, row.pollutantKey);
  if (other && other.id !== exceptId) {
    throw new ServiceError('CONFLICT', `${row.year}年该${row.enterpriseId === null ? '园区公布总量' : '企业'}已有${row.pollutantName}排放量（编号${other.id}），请修改该行`, [
      { severity: 'error', field: 'pollutant', value: row.pollutantKey, message: `已有${row.pollutantName}的排放量（编号${other.id}）` },
    ]);
  }
}

export async function createEmission(ctx: ServiceContext, parkCode: string, body: unknown): Promise<EmissionRowView> {
  const input = parseEmission(body);
  return withTransaction(ctx, async (tx) => {
    const park = await parkForRow(tx, parkCode, input.enterpriseId);
    const row = rowOf(tx, input);
    await checkUnique(tx, park.id, row, null);
    const id = await insertEmissionRow(tx.db, park.id, row);
    const stored = (await getEmissionRow(tx.db, park.id, id))!;
    await recordChange(tx, { parkId: park.id, entity: 'emission_record', entityId: id, action: 'create', before: null, after: emissionAuditOf(stored) });
    return emissionRowView(stored);
  });
}

async function existing(tx: ServiceContext, parkCode: string, id: number) {
  const park = await resolvePark(tx, parkCode, 'enterprise');
  const row = await getEmissionRow(tx.db, park.id, id);
  if (!row) throw notFound(`排放量记录（编号${id}）`);
  return row;
}

export async function updateEmission(ctx: ServiceContext, parkCode: string, id: number, body: unknown): Promise<EmissionRowView> {
  const input = parseEmission(body);
  return withTransaction(ctx, async (tx) => {
    const old = await existing(tx, parkCode, id);
    await parkForRow(tx, parkCode, old.enterpriseId);
    const park = await parkForRow(tx, parkCode, input.enterpriseId);
    const row = rowOf(tx, input);
    await checkUnique(tx, park.id, row, id);
    await updateEmissionRow(tx.db, park.id, id, row);
    const stored = (await getEmissionRow(tx.db, park.id, id))!;
    await recordChange(tx, { parkId: park.id, entity: 'emission_record', entityId: id, action: 'update', before: emissionAuditOf(old), after: emissionAuditOf(stored) });
    return emissionRowView(stored);
  });
}

export async function deleteEmission(ctx: ServiceContext, parkCode: string, id: number): Promise<void> {
  await withTransaction(ctx, async (tx) => {
    const old = await existing(tx, parkCode, id);
    const park = await parkForRow(tx, parkCode, old.enterpriseId);
    await deleteEmissionRow(tx.db, park.id, id);
    await recordChange(tx, { parkId: park.id, entity: 'emission_record', entityId: id, action: 'delete', before: emissionAuditOf(old), after: null });
  });
}
