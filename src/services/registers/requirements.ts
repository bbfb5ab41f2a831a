import type { z } from 'zod';
import { SOURCE_KIND_LABELS, type ControlUnit, type EvidenceDocument, type SourceKind } from '../../domain/registers/requirements/requirementTerms.js';
import {
  deleteImplementationRow,
  deleteRequirementRow,
  deleteSourceRow,
  getImplementationRow,
  getRequirementRow,
  getSourceRow,
  insertImplementationRow,
  insertRequirementRow,
  insertSourceRow,
  latestImplementationYearBefore,
  listImplementationRows,
  listImplementationRowsOf,
  listImplementationYears,
  listRequirementRows,
  listSourceRows,
  nextRequirementSortOrder,
  nextSourceSortOrder,
  updateImplementationRow,
  updateRequirementRow,
  updateSourceRow,
  type ImplementationRow,
  type NewImplementation,
  type NewRequirement,
  type NewRequirementSource,
  type RequirementRow,
  type RequirementSourceRow,
} from '../../store/queries/requirements.js';
import { actorName } from '../auth/actor.js';
import { recordChange } from '../audit/recordChange.js';
import { withReadTransaction, withTransaction, type ServiceContext } from '../context.js';
import { notFound, ServiceError } from '../errors.js';
import { MAX_YEAR, MIN_YEAR } from '../fields.js';
import { resolvePark } from '../parks/resolvePark.js';
import { issuesFromZod } from '../zodIssues.js';
import {
  ImplementationInput,
  RequirementInput,
  SourceInput,
  StartYearInput,
  type ImplementationView,
  type RequirementInputValues,
  type RequirementRegister,
  type RequirementView,
  type SourceInputValues,
  type SourceView,
  type StartYearResult,
} from './requirementSchemas.js';

/**
 * 要求与落实台账 (issue 11 item 2): the approvals and control units whose requirements a park must meet, and per
 * year how each was carried out. Every write is validated and recorded in the audit trail.
 */

const INVALID = '要求与落实信息有误，请按提示修改';

function parse<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ServiceError('VALIDATION', INVALID, issuesFromZod(parsed.error, body));
  return parsed.data;
}

function checkYear(year: number): number {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new ServiceError('VALIDATION', `年份“${year}”无效`, [
      { severity: 'error', field: 'year', value: year, expected: `${MIN_YEAR}–${MAX_YEAR} 之间的整数年份`, message: `年份“${year}”无效` },
    ]);
  }
  return year;
}

const fieldsOf = <R extends { updatedAt: Date }>(row: R) => {
  const { updatedAt: _u, ...fields } = row;
  return fields;
};

const implementationView = (r: ImplementationRow): ImplementationView => ({
  id: r.id,
  requirementId: r.requirementId,
  year: r.year,
  text: r.text,
  verdict: r.verdict,
  evidence: (r.evidence as EvidenceDocument[] | null) ?? [],
  carriedFromYear: r.carriedFromYear,
  updatedBy: r.updatedBy,
  updatedAt: r.updatedAt.toISOString(),
});

const requirementView = (r: RequirementRow, implementation: ImplementationRow | undefined): RequirementView => ({
  id: r.id,
  sourceId: r.sourceId,
  sortOrder: r.sortOrder,
  dimension: r.dimension as RequirementView['dimension'],
  number: r.number,
  text: r.text,
  linkedFigure: r.linkedFigure as RequirementView['linkedFigure'],
  implementation: implementation ? implementationView(implementation) : null,
});

const sourceView = (s: RequirementSourceRow, requirements: RequirementView[]): SourceView => ({
  id: s.id,
  kind: s.kind as SourceKind,
  kindLabel: SOURCE_KIND_LABELS[s.kind as SourceKind],
  title: s.title,
  documentNumber: s.documentNumber,
  issued: s.issued,
  authority: s.authority,
  unit: (s.unit as ControlUnit | null) ?? null,
  sortOrder: s.sortOrder,
  requirements,
});

/**
 * A park's sources with their requirements and each one's implementation of `year`, in the caller's transaction
 * (the annual report's loader reads it in its snapshot).
 */
export async function sourcesOfYear(tx: ServiceContext, parkId: number, year: number): Promise<SourceView[]> {
  const sources = await listSourceRows(tx.db, parkId);
  const reqs = await listRequirementRows(tx.db, parkId);
  const impls = new Map((await listImplementationRows(tx.db, parkId, year)).map((i) => [i.requirementId, i]));
  return sources.map((s) =>
    sourceView(
      s,
      reqs.filter((r) => r.sourceId === s.id).sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id).map((r) => requirementView(r, impls.get(r.id))),
    ),
  );
}

/** The register of a year: every source and requirement with the year's implementation, and what is missing. */
export async function getRequirementRegister(ctx: ServiceContext, parkCode: string, year: number): Promise<RequirementRegister> {
  checkYear(year);
  return withReadTransaction(ctx, async (tx) => {
    const park = await resolvePark(tx, parkCode, 'read');
    const sources = await sourcesOfYear(tx, park.id, year);
    const all = sources.flatMap((s) => s.requirements);
    return {
      year,
      sources,
      implementationYears: await listImplementationYears(tx.db, park.id),
      missing: all.filter((r) => !r.implementation).length,
      carried: all.filter((r) => r.implementation?.carriedFromYear != null).length,
    };
  });
}

// ---- Sources ----

const sourceRow = (input: SourceInputValues, sortOrder: number, by: string): NewRequirementSource => ({
  kind: input.kind,
  title: input.title,
  documentNumber: input.documentNumber,
  issued: input.issued,
  authority: input.authority,
  unit: input.unit,
  sortOrder,
  updatedBy: by,
});

async function sourceOf(tx: ServiceContext, parkId: number, id: number): Promise<RequirementSourceRow> {
  const row = await getSourceRow(tx.db, parkId, id);
  if (!row) throw notFound(`要求来源（编号${id}）`);
  return row;
}

/** Dimensions belong to a control unit's requirements, and every one of those has one. */
async function checkDimensions(tx: ServiceContext, parkId: number, sourceId: number, kind: SourceKind): Promise<void> {
  const reqs = (await listRequirementRows(tx.db, parkId)).filter((r) => r.sourceId === sourceId);
  const wrong = reqs.find((r) => (kind === 'controlUnit') !== (r.dimension !== null));
  if (wrong) {
    throw new ServiceError('VALIDATION', INVALID, [
      {
        severity: 'error',
        field: 'kind',
        value: kind,
        message: kind === 'controlUnit' ? `要求“${wrong.text.slice(0, 20)}”没有管控维度，不能改为环境管控单元` : `要求“${wrong.text.slice(0, 20)}”有管控维度，只有环境管控单元的要求按维度划分`,
      },
    ]);
  }
}

export async function createSource(ctx: ServiceContext, parkCode: string, body: unknown): Promise<SourceView> {
  const input = parse(SourceInput, body);
  return withTransaction(ctx, async (tx) => {
    const park = await resolvePark(tx, parkCode, 'write');
    const row = sourceRow(input, input.sortOrder ?? (await nextSourceSortOrder(tx.db, park.id)), actorName(tx.actor));
    const id = await insertSourceRow(tx.db, park.id, row);
    await recordChange(tx, { parkId: park.id, entity: 'requirement_source', entityId: id, action: 'create', before: null, after: row });
    return sourceView((await getSourceRow(tx.db, park.id, id))!, []);
  });
}

export async function updateSource(ctx: ServiceContext, parkCode: string, id: number, body: unknown): Promise<SourceView> {
  const input = parse(SourceInput, body);
  return withTransaction(ctx, async (tx) => {
    const park = await resolvePark(tx, parkCode, 'write');
    const before = await sourceOf(tx, park.id, id);
    await checkDimensions(tx, park.id, id, input.kind);
    const row = sourceRow(input, input.sortOrder ?? before.sortOrder, actorName(tx.actor));
    await updateSourceRow(tx.db, park.id, id, row);
    await recordChange(tx, { parkId: park.id, entity: 'requirement_source', entityId: id, action: 'update', before: fieldsOf(before), after: row });
    const reqs = (await listRequirementRows(tx.db, park.id)).filter((r) => r.sourceId === id);
    return sourceView((await getSourceRow(tx.db, park.id, id))!, reqs.map((r) => requirementView(r, undefined)));
  });
}

/** Records the deletion of requirements and of every year's implementation of them (the foreign keys take them). */
async function auditDeletion(tx: ServiceContext, parkId: number, reqs: readonly RequirementRow[]): Promise<void> {
  for (const i of await listImplementationRowsOf(tx.db, parkId, reqs.map((r) => r.id))) {
    await recordChange(tx, { parkId, entity: 'requirement_implementation', entityId: i.id, action: 'delete', before: fieldsOf(i), after: null });
  }
  for (const r of reqs) await recordChange(tx, { parkId, entity: 'requirement', entityId: r.id, action: 'delete', before: fieldsOf(r), after: null });
}

/** Deletes a source with its requirements and their implementations, each deletion audited. */
export async function deleteSource(ctx: ServiceContext, parkCode: string, id: number): Promise<void> {
  await withTransaction(ctx, async (tx) => {
    const park = await resolvePark(tx, parkCode, 'write');
    const before = await sourceOf(tx, park.id, id);
    await auditDeletion(tx, park.id, (await listRequirementRows(tx.db, park.id)).filter((x) => x.sourceId === id));
    await deleteSourceRow(tx.db, park.id, id);
    await recordChange(tx, { parkId: park.id, entity: 'requirement_source', entityId: id, action: 'delete', before: fieldsOf(before), after: null });
  });
}

// ---- Requirements ----

function checkDimension(source: RequirementSourceRow, input: RequirementInputValues): void {
  if (source.kind === 'controlUnit' && !input.dimension) {
    throw new ServiceError('VALIDATION', INVALID, [
      { severity: 'error', field: 'dimension', value: input.dimension, message: '环境管控单元的要求应选择管控维度（空间布局约束、污染物排放管控、环境风险防控、资源开发效率要求）' },
    ]);
  }
  if (source.kind !== 'controlUnit' && input.dimension) {
    throw new ServiceError('VALIDATION', INVALID, [
      { severity: 'error', field: 'dimension', value: input.dimension, message: `只有环境管控单元的要求按管控维度划分；“${source.title}”的要求不填管控维度` },
    ]);
  }
}

const requirementRow = (sourceId: number, input: RequirementInputValues, sortOrder: number, by: string): NewRequirement => ({
  sourceId,
  sortOrder,
  dimension: input.dimension,
  number: input.number,
  text: input.text,
  linkedFigure: input.linkedFigure,
  updatedBy: by,
});

async function requirementOf(tx: ServiceContext, parkId: number, id: number): Promise<RequirementRow> {
  const row = await getRequirementRow(tx.db, parkId, id);
  if (!row) throw notFound(`要求（编号${id}）`);
  return row;
}

export async function createRequirement(ctx: ServiceContext, parkCode: string, sourceId: number, body: unknown): Promise<RequirementView> {
  const input = parse(RequirementInput, body);
  return withTransaction(ctx, async (tx) => {
    const park = await resolvePark(tx, parkCode, 'write');
    const source = await sourceOf(tx, park.id, sourceId);
    checkDimension(source, input);
    const row = requirementRow(sourceId, input, input.sortOrder ?? (await nextRequirementSortOrder(tx.db, park.id, sourceId)), actorName(tx.actor));
    const id = await insertRequirementRow(tx.db, park.id, row);
    await recordChange(tx, { parkId: park.id, entity: 'requirement', entityId: id, action: 'create', before: null, after: row });
    return requirementView((await getRequirementRow(tx.db, park.id, id))!, undefined);
  });
}

export async function updateRequirement(ctx: ServiceContext, parkCode: string, id: number, body: unknown): Promise<RequirementView> {
  const input = parse(RequirementInput, body);
  return withTransaction(ctx, async (tx) => {
    const park = await resolvePark(tx, parkCode, 'write');
    const before = await requirementOf(tx, park.id, id);
    checkDimension(await sourceOf(tx, park.id, before.sourceId), input);
    const row = requirementRow(before.sourceId, input, input.sortOrder ?? before.sortOrder, actorName(tx.actor));
    await updateRequirementRow(tx.db, park.id, id, row);
    await recordChange(tx, { parkId: park.id, entity: 'requirement', entityId: id, action: 'update', before: fieldsOf(before), after: row });
    return requirementView((await getRequirementRow(tx.db, park.id, id))!, undefined);
  });
}

export async function deleteRequirement(ctx: ServiceContext, parkCode: string, id: number): Promise<void> {
  await withTransaction(ctx, async (tx) => {
    const park = await resolvePark(tx, parkCode, 'write');
    const before = await requirementOf(tx, park.id, id);
    await auditDeletion(tx, park.id, [before]);
    await deleteRequirementRow(tx.db, park.id, id);
  });
}

// ---- Implementations ----

/**
 * Writes a requirement's implementation of a year (新建或修改). Writing it makes it the year's own text: a text
 * carried over from last year is no longer marked 沿用上年.
 */
export async function setImplementation(ctx: ServiceContext, parkCode: string, requirementId: number, year: number, body: unknown): Promise<ImplementationView> {
  checkYear(year);
  const input = parse(ImplementationInput, body);
  return withTransaction(ctx, async (tx) => {
    const park = await resolvePark(tx, parkCode, 'write');
    await requirementOf(tx, park.id, requirementId);
    const before = await getImplementationRow(tx.db, park.id, requirementId, year);
    const row: NewImplementation = { requirementId, year, text: input.text, verdict: input.verdict, evidence: input.evidence, carriedFromYear: null, updatedBy: actorName(tx.actor) };
    if (before) await updateImplementationRow(tx.db, park.id, before.id, row);
    const id = before?.id ?? (await insertImplementationRow(tx.db, park.id, row));
    await recordChange(tx, {
      parkId: park.id,
      entity: 'requirement_implementation',
      entityId: id,
      action: before ? 'update' : 'create',
      before: before ? fieldsOf(before) : null,
      after: row,
    });
    return implementationView((await getImplementationRow(tx.db, park.id, requirementId, year))!);
  });
}

export async function deleteImplementation(ctx: ServiceContext, parkCode: string, requirementId: number, year: number): Promise<void> {
  checkYear(year);
  await withTransaction(ctx, async (tx) => {
    const park = await resolvePark(tx, parkCode, 'write');
    const before = await getImplementationRow(tx.db, park.id, requirementId, year);
    if (!before) throw notFound(`要求（编号${requirementId}）${year}年的落实情况`);
    await deleteImplementationRow(tx.db, park.id, before.id);
    await recordChange(tx, { parkId: park.id, entity: 'requirement_implementation', entityId: before.id, action: 'delete', before: fieldsOf(before), after: null });
  });
}

/**
 * 从上一年开始本年: copies each implementation of the latest earlier year that has any to `year`, marked with the
 * year it was carried from, and never overwrites one already written for `year`.
 */
export async function startYearFromLastYear(ctx: ServiceContext, parkCode: string, body: unknown): Promise<StartYearResult> {
  const { year } = parse(StartYearInput, body);
  return withTransaction(ctx, async (tx) => {
    const park = await resolvePark(tx, parkCode, 'write');
    const fromYear = await latestImplementationYearBefore(tx.db, park.id, year);
    if (fromYear === null) {
      throw new ServiceError('VALIDATION', `${year}年之前没有落实情况，无法沿用`, [
        { severity: 'error', field: 'year', value: year, message: `${year}年之前没有任何一年的落实情况` },
      ]);
    }
    const existing = new Set((await listImplementationRows(tx.db, park.id, year)).map((r) => r.requirementId));
    const by = actorName(tx.actor);
    let copied = 0;
    let kept = 0;
    for (const source of await listImplementationRows(tx.db, park.id, fromYear)) {
      if (existing.has(source.requirementId)) {
        kept++;
        continue;
      }
      const row: NewImplementation = {
        requirementId: source.requirementId,
        year,
        text: source.text,
        verdict: source.verdict,
        evidence: source.evidence,
        carriedFromYear: fromYear,
        updatedBy: by,
      };
      const id = await insertImplementationRow(tx.db, park.id, row);
      await recordChange(tx, { parkId: park.id, entity: 'requirement_implementation', entityId: id, action: 'copy', before: null, after: { ...row, copiedFrom: source.id } });
      copied++;
    }
    return { year, fromYear, copied, kept };
  });
}
