import {
  getManagementFactsRow,
  getPreviousManagementFactsRow,
  listEnterprisesWithEmissions,
  upsertManagementFactsRow,
  type ManagementFactsRow,
} from '../../store/queries/managementFacts.js';
import { actorName } from '../auth/actor.js';
import { recordChange } from '../audit/recordChange.js';
import { withReadTransaction, withTransaction, type ServiceContext } from '../context.js';
import { ServiceError } from '../errors.js';
import { MAX_YEAR, MIN_YEAR } from '../fields.js';
import { resolvePark } from '../parks/resolvePark.js';
import { issuesFromZod } from '../zodIssues.js';
import {
  LEDGER_POLLUTANTS,
  ManagementFactsInput,
  type LedgerCount,
  type ManagementFacts,
  type ManagementFactsYear,
} from './managementFactsSchemas.js';

const INVALID = '环境管理情况有误，请按提示修改';

/** What the jsonb column holds: the facts, and while they are last year's copy, the year they came from. */
type StoredFacts = ManagementFacts & { carriedFromYear?: number };

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new ServiceError('VALIDATION', `年份"${year}"无效`, [
      { severity: 'error', field: 'year', value: year, expected: `${MIN_YEAR}–${MAX_YEAR} 之间的整数年份`, message: `年份"${year}"无效` },
    ]);
  }
}

/** The facts of a stored row, read through the schema (fields added since it was written come out null). */
export function factsOfRow(row: ManagementFactsRow): { facts: ManagementFacts; carriedFromYear: number | null } {
  const stored = row.facts as StoredFacts;
  const parsed = ManagementFactsInput.safeParse(stored);
  if (!parsed.success) throw new Error(`management_facts ${row.id}: stored facts do not match the schema`);
  return { facts: parsed.data, carriedFromYear: typeof stored.carriedFromYear === 'number' ? stored.carriedFromYear : null };
}

/** The counts the emission ledger gives for the year (null where it has no enterprise rows for those pollutants). */
export async function ledgerCountsOfYear(tx: ServiceContext, parkId: number, year: number): Promise<ManagementFactsYear['ledger']> {
  const countOf = async (pollutants: readonly string[]): Promise<LedgerCount | null> => {
    const found = await listEnterprisesWithEmissions(tx.db, parkId, year, pollutants);
    return found.length ? { count: found.length, pollutants: [...pollutants], enterprises: found.map(({ id, name }) => ({ id, name })) } : null;
  };
  return {
    wastewaterEnterprises: await countOf(LEDGER_POLLUTANTS.wastewaterEnterprises),
    wasteGasEnterprises: await countOf(LEDGER_POLLUTANTS.wasteGasEnterprises),
  };
}

async function yearOf(tx: ServiceContext, park: { id: number; code: string }, year: number): Promise<ManagementFactsYear> {
  const row = await getManagementFactsRow(tx.db, park.id, year);
  const previous = await getPreviousManagementFactsRow(tx.db, park.id, year);
  const read = row ? factsOfRow(row) : null;
  return {
    park: park.code,
    year,
    facts: read?.facts ?? null,
    carriedFromYear: read?.carriedFromYear ?? null,
    updatedBy: row?.updatedBy ?? null,
    updatedAt: row?.updatedAt.toISOString() ?? null,
    previousYear: previous?.year ?? null,
    ledger: await ledgerCountsOfYear(tx, park.id, year),
  };
}

/** 环境管理情况 of a park's year: the facts as entered (who, when), and the counts the emission ledger gives beside them. */
export async function getManagementFacts(ctx: ServiceContext, parkCode: string, year: number): Promise<ManagementFactsYear> {
  checkYear(year);
  return withReadTransaction(ctx, async (tx) => yearOf(tx, await resolvePark(tx, parkCode, 'read'), year));
}

/** Saves a year's facts (replacing what was there, which clears a carried-over mark), audited. */
export async function putManagementFacts(ctx: ServiceContext, parkCode: string, year: number, body: unknown): Promise<ManagementFactsYear> {
  checkYear(year);
  const parsed = ManagementFactsInput.safeParse(body);
  if (!parsed.success) throw new ServiceError('VALIDATION', INVALID, issuesFromZod(parsed.error, body));
  return withTransaction(ctx, async (tx) => {
    const park = await resolvePark(tx, parkCode, 'write');
    const before = await getManagementFactsRow(tx.db, park.id, year);
    const row = await upsertManagementFactsRow(tx.db, park.id, year, parsed.data, actorName(tx.actor));
    await recordChange(tx, {
      parkId: park.id,
      entity: 'management_facts',
      entityId: row.id,
      action: before ? 'update' : 'create',
      before: before ? { year, facts: before.facts } : null,
      after: { year, facts: parsed.data },
    });
    return yearOf(tx, park, year);
  });
}

/**
 * Starts a year from the latest earlier year's facts: copied, and marked carried over until saved. Refuses when the
 * year has facts already, or when no earlier year has any.
 */
export async function carryOverManagementFacts(ctx: ServiceContext, parkCode: string, year: number): Promise<ManagementFactsYear> {
  checkYear(year);
  return withTransaction(ctx, async (tx) => {
    const park = await resolvePark(tx, parkCode, 'write');
    const existing = await getManagementFactsRow(tx.db, park.id, year);
    if (existing) {
      throw new ServiceError('CONFLICT', `${year}年已有环境管理情况，不能沿用上年；请直接修改`, [
        { severity: 'error', field: 'year', value: year, message: `${year}年已有环境管理情况` },
      ]);
    }
    const previous = await getPreviousManagementFactsRow(tx.db, park.id, year);
    if (!previous) {
      throw new ServiceError('VALIDATION', `${year}年之前没有环境管理情况可沿用`, [
        { severity: 'error', field: 'year', value: year, message: `${year}年之前没有环境管理情况` },
      ]);
    }
    const stored: StoredFacts = { ...factsOfRow(previous).facts, carriedFromYear: previous.year };
    const row = await upsertManagementFactsRow(tx.db, park.id, year, stored, actorName(tx.actor));
    await recordChange(tx, { parkId: park.id, entity: 'management_facts', entityId: row.id, action: 'carryOver', before: null, after: { year, facts: stored } });
    return yearOf(tx, park, year);
  });
}
