import { readFrequency } from '../../domain/monitoring/plan/frequency.js';
import { PLAN_MEDIUM_LABELS, PLAN_STATUS_LABELS, type PlanMedium } from '../../domain/monitoring/plan/planItem.js';
import { planVersusDone } from '../../domain/monitoring/plan/planVersusDone.js';
import { CAMPAIGN_GAP_DAYS } from '../../domain/monitoring/plan/campaigns.js';
import {
  deletePlanItemRow,
  existingPointIds,
  getPlanItemRow,
  insertPlanItemRow,
  listLabSampleDates,
  listPlanItemPointRows,
  listPlanItemRows,
  listPlanYears,
  nextPlanSortOrder,
  setPlanItemPoints,
  updatePlanItemRow,
  type NewPlanItem,
  type PlanItemRow,
} from '../../store/queries/monitoringPlan.js';
import { recordChange } from '../audit/recordChange.js';
import { withReadTransaction, withTransaction, type ServiceContext } from '../context.js';
import { notFound, ServiceError } from '../errors.js';
import { resolvePark } from '../parks/resolvePark.js';
import { issuesFromZod } from '../zodIssues.js';
import {
  CopyPlanInput,
  PlanItemInput,
  type CopyPlanResult,
  type PlanItemInputValues,
  type PlanItemView,
  type PlanYear,
} from './planSchemas.js';

const INVALID = '监测计划信息有误，请按提示修改';

function parseItem(body: unknown): PlanItemInputValues {
  const parsed = PlanItemInput.safeParse(body);
  if (!parsed.success) throw new ServiceError('VALIDATION', INVALID, issuesFromZod(parsed.error, body));
  return parsed.data;
}

/** The campaigns a year as given, or as the frequency text proposes; an error naming the text when it cannot. */
function campaignsOf(input: PlanItemInputValues): number {
  if (input.campaignsPerYear !== null) return input.campaignsPerYear;
  const reading = readFrequency(input.frequencyText);
  if (reading.ok) return reading.campaignsPerYear;
  throw new ServiceError('VALIDATION', INVALID, [
    { severity: 'error', field: 'frequencyText', value: input.frequencyText, message: reading.error, expected: '可识别的监测频次，或填写每年期数' },
  ]);
}

/** Every point must be one of the park's own. */
async function checkPoints(tx: ServiceContext, parkId: number, pointIds: readonly number[]) {
  const known = await existingPointIds(tx.db, parkId, pointIds);
  const issues = pointIds.flatMap((id, i) =>
    known.has(id) ? [] : [{ severity: 'error' as const, field: `pointIds.${i}`, value: id, message: `点位 ${id} 不是本园区的监测点位` }],
  );
  if (issues.length) throw new ServiceError('VALIDATION', INVALID, issues);
}

/** The stored row and the audit's view of an item: its fields and its points. */
const auditOf = (row: PlanItemRow, pointIds: number[]) => {
  const { createdAt: _c, updatedAt: _u, ...fields } = row;
  return { ...fields, pointIds };
};

/** The year's items with plan versus done, from the park's lab results of the year. */
async function itemsOfYear(tx: ServiceContext, parkId: number, year: number): Promise<PlanItemView[]> {
  const rows = await listPlanItemRows(tx.db, parkId, year);
  const links = await listPlanItemPointRows(
    tx.db,
    parkId,
    rows.map((r) => r.id),
  );
  const samples = await listLabSampleDates(tx.db, parkId, year);
  const names = new Map(links.map((l) => [l.pointId, l.name]));
  const outcomes = planVersusDone(
    rows.map((r) => ({
      id: r.id,
      campaignsPerYear: r.campaignsPerYear,
      frequencyText: r.frequencyText,
      pointIds: links.filter((l) => l.itemId === r.id).map((l) => l.pointId),
    })),
    samples,
    year,
  );
  const datesByPoint = new Map<number, string[]>();
  for (const s of samples) datesByPoint.set(s.pointId, [...(datesByPoint.get(s.pointId) ?? []), s.date]);
  return rows.map((r, i) => {
    const outcome = outcomes[i]!;
    return {
      id: r.id,
      year: r.year,
      medium: r.medium as PlanMedium,
      mediumLabel: PLAN_MEDIUM_LABELS[r.medium as PlanMedium],
      sortOrder: r.sortOrder,
      pointsText: r.pointsText,
      itemsText: r.itemsText,
      frequencyText: r.frequencyText,
      campaignsPerYear: r.campaignsPerYear,
      period: outcome.period,
      standardText: r.standardText,
      reasonNotDone: r.reasonNotDone,
      note: r.note,
      points: outcome.points.map((p) => ({
        pointId: p.pointId,
        name: names.get(p.pointId)!,
        planned: p.planned,
        done: p.done,
        status: p.status,
        statusLabel: PLAN_STATUS_LABELS[p.status],
        campaigns: p.campaigns,
        samples: (datesByPoint.get(p.pointId) ?? []).map((date) => ({ date })),
      })),
      status: outcome.status,
      statusLabel: PLAN_STATUS_LABELS[outcome.status],
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    };
  });
}

async function viewOf(tx: ServiceContext, parkId: number, id: number): Promise<PlanItemView> {
  const row = (await getPlanItemRow(tx.db, parkId, id))!;
  return (await itemsOfYear(tx, parkId, row.year)).find((i) => i.id === id)!;
}

/**
 * 监测计划及落实情况 of a park's year, as the annual report's table 3 needs it: per item its texts, campaigns a year,
 * per point the campaigns planned and done with the sampling dates that show them, and 已落实/部分落实/未落实.
 * Reads in the caller's transaction when there is one (the report's snapshot).
 */
export async function planVersusDoneOfYear(ctx: ServiceContext, parkCode: string, year: number): Promise<PlanItemView[]> {
  return withReadTransaction(ctx, async (tx) => {
    const park = await resolvePark(tx, parkCode, 'read');
    return itemsOfYear(tx, park.id, year);
  });
}

/** The year's plan with its 落实情况, and the years the park has plans for. */
export async function listPlan(ctx: ServiceContext, parkCode: string, year: number): Promise<PlanYear> {
  return withReadTransaction(ctx, async (tx) => {
    const park = await resolvePark(tx, parkCode, 'read');
    return {
      year,
      items: await itemsOfYear(tx, park.id, year),
      planYears: await listPlanYears(tx.db, park.id),
      campaignGapDays: CAMPAIGN_GAP_DAYS,
    };
  });
}

function rowOf(input: PlanItemInputValues, campaignsPerYear: number, sortOrder: number): NewPlanItem {
  return {
    year: input.year,
    medium: input.medium,
    sortOrder,
    pointsText: input.pointsText,
    itemsText: input.itemsText,
    frequencyText: input.frequencyText,
    campaignsPerYear,
    standardText: input.standardText,
    reasonNotDone: input.reasonNotDone,
    note: input.note,
  };
}

/** Adds a plan item; campaigns a year proposed from the frequency when not given. */
export async function createPlanItem(ctx: ServiceContext, parkCode: string, body: unknown): Promise<PlanItemView> {
  const input = parseItem(body);
  const campaigns = campaignsOf(input);
  return withTransaction(ctx, async (tx) => {
    const park = await resolvePark(tx, parkCode, 'write');
    await checkPoints(tx, park.id, input.pointIds);
    const row = rowOf(input, campaigns, input.sortOrder ?? (await nextPlanSortOrder(tx.db, park.id, input.year)));
    const id = await insertPlanItemRow(tx.db, park.id, row);
    await setPlanItemPoints(tx.db, park.id, id, input.pointIds);
    await recordChange(tx, { parkId: park.id, entity: 'monitoring_plan_item', entityId: id, action: 'create', before: null, after: { ...row, pointIds: input.pointIds } });
    return viewOf(tx, park.id, id);
  });
}

async function itemOf(tx: ServiceContext, parkCode: string, id: number) {
  const park = await resolvePark(tx, parkCode, 'write');
  const row = await getPlanItemRow(tx.db, park.id, id);
  if (!row) throw notFound(`监测计划项（编号${id}）`);
  const pointIds = (await listPlanItemPointRows(tx.db, park.id, [id])).map((l) => l.pointId);
  return { park, row, pointIds };
}

export async function updatePlanItem(ctx: ServiceContext, parkCode: string, id: number, body: unknown): Promise<PlanItemView> {
  const input = parseItem(body);
  const campaigns = campaignsOf(input);
  return withTransaction(ctx, async (tx) => {
    const { park, row, pointIds } = await itemOf(tx, parkCode, id);
    await checkPoints(tx, park.id, input.pointIds);
    const sortOrder = input.sortOrder ?? (input.year === row.year ? row.sortOrder : await nextPlanSortOrder(tx.db, park.id, input.year));
    const next = rowOf(input, campaigns, sortOrder);
    await updatePlanItemRow(tx.db, park.id, id, next);
    await setPlanItemPoints(tx.db, park.id, id, input.pointIds);
    await recordChange(tx, { parkId: park.id, entity: 'monitoring_plan_item', entityId: id, action: 'update', before: auditOf(row, pointIds), after: { ...next, pointIds: input.pointIds } });
    return viewOf(tx, park.id, id);
  });
}

export async function deletePlanItem(ctx: ServiceContext, parkCode: string, id: number): Promise<void> {
  await withTransaction(ctx, async (tx) => {
    const { park, row, pointIds } = await itemOf(tx, parkCode, id);
    await deletePlanItemRow(tx.db, park.id, id);
    await recordChange(tx, { parkId: park.id, entity: 'monitoring_plan_item', entityId: id, action: 'delete', before: auditOf(row, pointIds), after: null });
  });
}

/**
 * Copies a year's plan (every item with its points) to another year. Refuses when the target year has a plan,
 * unless `replace`, which deletes the target's items first (each audited).
 */
export async function copyPlan(ctx: ServiceContext, parkCode: string, body: unknown): Promise<CopyPlanResult> {
  const parsed = CopyPlanInput.safeParse(body);
  if (!parsed.success) throw new ServiceError('VALIDATION', INVALID, issuesFromZod(parsed.error, body));
  const { fromYear, toYear, replace } = parsed.data;
  if (fromYear === toYear) {
    throw new ServiceError('VALIDATION', INVALID, [{ severity: 'error', field: 'toYear', value: toYear, message: '目标年份应与来源年份不同' }]);
  }
  return withTransaction(ctx, async (tx) => {
    const park = await resolvePark(tx, parkCode, 'write');
    const source = await listPlanItemRows(tx.db, park.id, fromYear);
    if (source.length === 0) {
      throw new ServiceError('VALIDATION', `${fromYear}年没有监测计划，无法复制`, [
        { severity: 'error', field: 'fromYear', value: fromYear, message: `${fromYear}年没有监测计划` },
      ]);
    }
    const target = await listPlanItemRows(tx.db, park.id, toYear);
    if (target.length > 0 && !replace) {
      throw new ServiceError('CONFLICT', `${toYear}年已有监测计划（${target.length}项）；如需替换请选择替换`, [
        { severity: 'error', field: 'toYear', value: toYear, message: `${toYear}年已有${target.length}项监测计划` },
      ]);
    }
    const targetLinks = await listPlanItemPointRows(tx.db, park.id, target.map((r) => r.id));
    for (const row of target) {
      await deletePlanItemRow(tx.db, park.id, row.id);
      const pointIds = targetLinks.filter((l) => l.itemId === row.id).map((l) => l.pointId);
      await recordChange(tx, { parkId: park.id, entity: 'monitoring_plan_item', entityId: row.id, action: 'delete', before: auditOf(row, pointIds), after: null });
    }
    const links = await listPlanItemPointRows(tx.db, park.id, source.map((r) => r.id));
    for (const { id: sourceId, parkId: _p, createdAt: _c, updatedAt: _u, ...fields } of source) {
      const row = { ...fields, year: toYear };
      const id = await insertPlanItemRow(tx.db, park.id, row);
      const pointIds = links.filter((l) => l.itemId === sourceId).map((l) => l.pointId);
      await setPlanItemPoints(tx.db, park.id, id, pointIds);
      await recordChange(tx, { parkId: park.id, entity: 'monitoring_plan_item', entityId: id, action: 'copy', before: null, after: { ...row, pointIds, copiedFrom: sourceId } });
    }
    return { fromYear, toYear, copied: source.length, replaced: target.length };
  });
}
