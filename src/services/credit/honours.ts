import { deleteParkHonourRow, getParkHonourRow, insertParkHonourRow, listParkHonourRows, updateParkHonourRow, type ParkHonourRow } from '../../store/queries/credit.js';
import { actorName } from '../auth/actor.js';
import { recordChange } from '../audit/recordChange.js';
import { withReadTransaction, withTransaction, type ServiceContext } from '../context.js';
import { notFound, ServiceError } from '../errors.js';
import { MAX_YEAR, MIN_YEAR } from '../fields.js';
import { resolvePark } from '../parks/resolvePark.js';
import { issuesFromZod } from '../zodIssues.js';
import { HONOUR_LEVEL_LABELS, HonourInput, type Honour, type HonourLevel, type HonourYear } from './creditSchemas.js';

/**
 * 园区荣誉: the awards and recognitions a park received (全省绿色制造体系示范单位), by year, which the credit
 * evaluation's award item (获得省部级及以上表彰) is proposed from. Officers, stewards and administrators keep them;
 * every change is audited (entity 'park_honour').
 */

const INVALID = '园区荣誉信息有误，请按提示修改';
const ENTITY = 'park_honour';

export const honourView = (row: ParkHonourRow): Honour => ({
  id: row.id,
  year: row.year,
  title: row.title,
  level: row.level as HonourLevel,
  levelLabel: HONOUR_LEVEL_LABELS[row.level as HonourLevel] ?? row.level,
  issuer: row.issuer,
  awardedOn: row.awardedOn,
  document: row.document,
  updatedBy: row.updatedBy,
  updatedAt: row.updatedAt.toISOString(),
});

const auditOf = ({ id: _id, updatedAt: _u, updatedBy: _b, levelLabel: _l, ...fields }: Honour) => fields;

function parse(body: unknown) {
  const parsed = HonourInput.safeParse(body);
  if (!parsed.success) throw new ServiceError('VALIDATION', INVALID, issuesFromZod(parsed.error, body));
  const v = parsed.data;
  if (v.awardedOn !== null && Number(v.awardedOn.slice(0, 4)) !== v.year) {
    throw new ServiceError('VALIDATION', INVALID, [
      { severity: 'error', field: 'awardedOn', value: v.awardedOn, message: `授予日期“${v.awardedOn}”不在${v.year}年内` },
      { severity: 'error', field: 'year', value: v.year, message: `年度${v.year}与授予日期“${v.awardedOn}”不符` },
    ]);
  }
  return v;
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new ServiceError('VALIDATION', `年份"${year}"无效`, [
      { severity: 'error', field: 'year', value: year, expected: `${MIN_YEAR}–${MAX_YEAR} 之间的整数年份`, message: `年份"${year}"无效` },
    ]);
  }
}

/** The park's honours of a year, in the order entered. */
export async function listHonours(ctx: ServiceContext, parkCode: string, year: number): Promise<HonourYear> {
  checkYear(year);
  return withReadTransaction(ctx, async (tx) => {
    const park = await resolvePark(tx, parkCode, 'read');
    return { park: park.code, year, honours: (await listParkHonourRows(tx.db, park.id, year)).map(honourView) };
  });
}

/** Records an honour of the park; audited. */
export async function createHonour(ctx: ServiceContext, parkCode: string, body: unknown): Promise<Honour> {
  return withTransaction(ctx, async (tx) => {
    const park = await resolvePark(tx, parkCode, 'write');
    const v = parse(body);
    const row = await insertParkHonourRow(tx.db, park.id, { ...v, updatedBy: actorName(tx.actor) });
    const view = honourView(row);
    await recordChange(tx, { parkId: park.id, entity: ENTITY, entityId: row.id, action: 'create', before: null, after: auditOf(view) });
    return view;
  });
}

/** Changes an honour (the whole record); audited with what it was. */
export async function updateHonour(ctx: ServiceContext, parkCode: string, id: number, body: unknown): Promise<Honour> {
  return withTransaction(ctx, async (tx) => {
    const park = await resolvePark(tx, parkCode, 'write');
    const v = parse(body);
    const before = await getParkHonourRow(tx.db, park.id, id);
    if (!before) throw notFound(`园区荣誉（编号${id}）`);
    const row = (await updateParkHonourRow(tx.db, park.id, id, { ...v, updatedBy: actorName(tx.actor) }))!;
    const view = honourView(row);
    await recordChange(tx, { parkId: park.id, entity: ENTITY, entityId: id, action: 'update', before: auditOf(honourView(before)), after: auditOf(view) });
    return view;
  });
}

/** Deletes an honour entered by mistake; audited with what it held. */
export async function deleteHonour(ctx: ServiceContext, parkCode: string, id: number): Promise<void> {
  await withTransaction(ctx, async (tx) => {
    const park = await resolvePark(tx, parkCode, 'write');
    const before = await getParkHonourRow(tx.db, park.id, id);
    if (!before) throw notFound(`园区荣誉（编号${id}）`);
    await deleteParkHonourRow(tx.db, park.id, id);
    await recordChange(tx, { parkId: park.id, entity: ENTITY, entityId: id, action: 'delete', before: auditOf(honourView(before)), after: null });
  });
}
