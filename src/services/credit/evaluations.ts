import { proposeScores } from '../../domain/credit/proposeScores.js';
import { schemeForYear } from '../../domain/credit/schemeForYear.js';
import { scoreEvaluation } from '../../domain/credit/scoreEvaluation.js';
import type { CreditFacts, CreditScheme, EvaluationResult, EvidenceRef, ItemProposal, ItemScore } from '../../domain/credit/types.js';
import { StandardInputError } from '../../domain/standards/StandardInputError.js';
import { listChanges } from '../../store/queries/changeLog.js';
import {
  getCreditEvaluationRow,
  getPreviousCreditEvaluationRow,
  insertCreditEvaluationRow,
  listCreditItemScoreRows,
  touchCreditEvaluationRow,
  updateCreditEvaluationRow,
  upsertCreditItemScoreRow,
  type CreditEvaluationRow,
  type CreditItemScoreRow,
} from '../../store/queries/credit.js';
import type { ParkRow } from '../../store/queries/parks.js';
import { actorName } from '../auth/actor.js';
import { recordChange } from '../audit/recordChange.js';
import { withReadTransaction, withTransaction, type ServiceContext } from '../context.js';
import { forbidden, notFound, ServiceError } from '../errors.js';
import { MAX_YEAR, MIN_YEAR } from '../fields.js';
import { resolvePark } from '../parks/resolvePark.js';
import { issuesFromZod } from '../zodIssues.js';
import { loadCreditFacts } from './creditFacts.js';
import {
  CreateEvaluationInput,
  ItemScoreInput,
  type CreditEvaluationView,
  type CreditHistory,
  type EvaluationItem,
} from './creditSchemas.js';
import { allSchemes, findScheme, latestOfEach } from './schemes.js';

/**
 * 园区环保信用自评: a park's evaluation of a year under one scheme version — item scores with comment and evidence,
 * the total and grade computed from the scheme, the platform's proposals from the park's records beside each item,
 * locked once submitted. Every write is audited under entity 'credit_evaluation' and the evaluation's id, so its
 * history is the audit trail.
 */

const ENTITY = 'credit_evaluation';
const INVALID = '自评得分有误，未保存';

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new ServiceError('VALIDATION', `年份"${year}"无效`, [
      { severity: 'error', field: 'year', value: year, expected: `${MIN_YEAR}–${MAX_YEAR} 之间的整数年份`, message: `年份"${year}"无效` },
    ]);
  }
}

const scoreOfRow = (r: CreditItemScoreRow): ItemScore => ({
  number: r.itemNumber,
  score: r.score,
  comment: r.comment,
  evidence: r.evidence as EvidenceRef[],
});

/** The scheme an evaluation was made under; a stored evaluation whose scheme is gone is a broken store. */
async function schemeOfEvaluation(tx: ServiceContext, row: CreditEvaluationRow): Promise<CreditScheme> {
  const scheme = await findScheme(tx, row.schemeId, row.schemeVersion);
  if (!scheme) throw new Error(`credit_evaluations ${row.id}: scheme ${row.schemeId} version ${row.schemeVersion} is not known`);
  return scheme;
}

/** The scheme that applies to the park and year (latest versions), or null. */
async function applicableScheme(tx: ServiceContext, park: ParkRow, year: number): Promise<CreditScheme | null> {
  return schemeForYear(latestOfEach((await allSchemes(tx)).map((s) => s.scheme)), park.divisionCode, year);
}

/** A score error of the domain as a VALIDATION on the input's `field`, its message naming the item and the value. */
function scoring<T>(field: string, run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof StandardInputError) {
      throw new ServiceError('VALIDATION', `${INVALID}：${e.message}`, [
        { severity: 'error', field, value: e.value, expected: e.expected, message: e.message },
      ]);
    }
    throw e;
  }
}

/** A proposal and an entered score differ when the platform proposes a score (it can see the records) and it is not the one entered. */
const differs = (proposal: ItemProposal, score: number) => proposal.status === 'proposed' && proposal.score !== score;

export interface EvaluationData {
  park: ParkRow;
  row: CreditEvaluationRow | null;
  scheme: CreditScheme | null;
  scores: ItemScore[];
  scoreRows: CreditItemScoreRow[];
  result: EvaluationResult | null;
  proposals: ItemProposal[];
  facts: CreditFacts;
}

/** Everything of a park's year in the caller's transaction: the evaluation (if any), its scheme, scores, result, proposals, facts. */
export async function evaluationData(tx: ServiceContext, park: ParkRow, year: number, schemeId?: string): Promise<EvaluationData> {
  const row = await getCreditEvaluationRow(tx.db, park.id, year);
  if (row && schemeId !== undefined && row.schemeId !== schemeId) {
    throw new ServiceError('CONFLICT', `园区 ${park.code} ${year}年的自评按方案 ${row.schemeId} 评定，不是 ${schemeId}`, [
      { severity: 'error', field: 'scheme', value: schemeId, message: `${year}年的自评所用方案为 ${row.schemeId}（版本 ${row.schemeVersion}）` },
    ]);
  }
  const scheme = row ? await schemeOfEvaluation(tx, row) : schemeId !== undefined ? await knownScheme(tx, schemeId) : await applicableScheme(tx, park, year);
  const scoreRows = row ? await listCreditItemScoreRows(tx.db, row.id) : [];
  const scores = scoreRows.map(scoreOfRow);
  const facts = await loadCreditFacts(tx, park.id, year);
  const result = row && scheme ? scoreEvaluation(scheme, scores) : null;
  const proposals = scheme ? proposeScores(scheme, facts) : [];
  return { park, row, scheme, scores, scoreRows, result, proposals, facts };
}

/** The latest version of a scheme the caller names; a VALIDATION naming it when there is none. */
async function knownScheme(tx: ServiceContext, schemeId: string): Promise<CreditScheme> {
  const scheme = await findScheme(tx, schemeId);
  if (!scheme) throw new ServiceError('VALIDATION', `评价方案 ${schemeId} 不存在`, [{ severity: 'error', field: 'scheme', value: schemeId, message: '评价方案不存在' }]);
  return scheme;
}

async function viewOf(tx: ServiceContext, park: ParkRow, year: number, schemeId?: string): Promise<CreditEvaluationView> {
  const d = await evaluationData(tx, park, year, schemeId);
  const items: EvaluationItem[] = (d.scheme?.items ?? []).map((item, i) => {
    const stored = d.scoreRows.find((r) => r.itemNumber === item.number);
    const proposal = d.proposals[i]!;
    const score = stored?.score ?? 0;
    return {
      number: item.number,
      score,
      entered: stored !== undefined,
      comment: stored?.comment ?? null,
      evidence: (stored?.evidence as EvidenceRef[] | undefined) ?? [],
      updatedBy: stored?.updatedBy ?? null,
      updatedAt: stored?.updatedAt.toISOString() ?? null,
      proposal,
      differs: d.row !== null && differs(proposal, score),
    };
  });
  const proposedResult = d.scheme
    ? scoreEvaluation(
        d.scheme,
        d.proposals.filter((p) => p.status === 'proposed' && p.score !== null).map((p) => ({ number: p.number, score: p.score!, comment: null, evidence: [] })),
      )
    : null;
  return {
    park: park.code,
    year,
    evaluation: d.row && {
      id: d.row.id,
      status: d.row.status as 'draft' | 'submitted',
      submittedBy: d.row.submittedBy,
      submittedAt: d.row.submittedAt?.toISOString() ?? null,
      updatedBy: d.row.updatedBy,
      updatedAt: d.row.updatedAt.toISOString(),
    },
    scheme: d.scheme,
    result: d.result,
    proposedResult,
    items,
    facts: d.facts,
    lastYear: await lastYearOf(tx, park, year),
  };
}

async function lastYearOf(tx: ServiceContext, park: ParkRow, year: number): Promise<CreditEvaluationView['lastYear']> {
  const row = await getPreviousCreditEvaluationRow(tx.db, park.id, year);
  if (!row) return null;
  const scheme = await schemeOfEvaluation(tx, row);
  const scores = (await listCreditItemScoreRows(tx.db, row.id)).map(scoreOfRow);
  const result = scoreEvaluation(scheme, scores);
  return {
    year: row.year,
    schemeId: row.schemeId,
    schemeVersion: row.schemeVersion,
    status: row.status as 'draft' | 'submitted',
    total: result.total,
    grade: result.grade,
    scores: scheme.items.map((item) => ({ number: item.number, score: scores.find((s) => s.number === item.number)?.score ?? 0 })),
  };
}

/**
 * A park's credit self-evaluation of a year: the scheme, each item's entered score beside the platform's proposal
 * (and whether they differ), the total and grade, and last year's evaluation. Without a stored evaluation, the
 * scheme that applies (or the latest version of `schemeId`) and the proposals alone (evaluation and result null).
 * With `schemeId` and a stored evaluation under another scheme, a CONFLICT naming both.
 */
export async function getCreditEvaluation(ctx: ServiceContext, parkCode: string, year: number, options: { schemeId?: string } = {}): Promise<CreditEvaluationView> {
  checkYear(year);
  return withReadTransaction(ctx, async (tx) => viewOf(tx, await resolvePark(tx, parkCode, 'read'), year, options.schemeId));
}

/** Starts the year's evaluation under the chosen scheme (or the one that applies), no item scored yet; audited. */
export async function createCreditEvaluation(ctx: ServiceContext, parkCode: string, year: number, body: unknown): Promise<CreditEvaluationView> {
  checkYear(year);
  return withTransaction(ctx, async (tx) => {
    const park = await resolvePark(tx, parkCode, 'write');
    const parsed = CreateEvaluationInput.safeParse(body ?? {});
    if (!parsed.success) throw new ServiceError('VALIDATION', '自评信息有误', issuesFromZod(parsed.error, body));
    const { schemeId, version } = parsed.data;
    const scheme = schemeId === undefined ? await applicableScheme(tx, park, year) : await findScheme(tx, schemeId, version);
    if (!scheme) {
      if (schemeId === undefined) {
        throw new ServiceError('VALIDATION', `没有适用于园区 ${park.code}（${park.divisionCode}）${year}年的评价方案，请选择方案`, [
          { severity: 'error', field: 'schemeId', value: null, message: '没有适用的评价方案，请选择' },
        ]);
      }
      // The id exists but not the version asked for: the version is what is wrong.
      const idKnown = version !== undefined && (await findScheme(tx, schemeId)) !== null;
      throw new ServiceError('VALIDATION', `评价方案 ${schemeId}${version === undefined ? '' : ` 版本 ${version}`} 不存在`, [
        idKnown
          ? { severity: 'error', field: 'version', value: version, message: `评价方案 ${schemeId} 没有版本 ${version}` }
          : { severity: 'error', field: 'schemeId', value: schemeId, message: '评价方案不存在' },
      ]);
    }
    if (await getCreditEvaluationRow(tx.db, park.id, year)) {
      throw new ServiceError('CONFLICT', `园区 ${park.code} ${year}年的自评已存在`, [{ severity: 'error', field: 'year', value: year, message: `${year}年的自评已存在` }]);
    }
    const row = await insertCreditEvaluationRow(tx.db, { parkId: park.id, year, schemeId: scheme.id, schemeVersion: scheme.version, updatedBy: actorName(tx.actor) });
    await recordChange(tx, { parkId: park.id, entity: ENTITY, entityId: row.id, action: 'create', before: null, after: { year, schemeId: scheme.id, schemeVersion: scheme.version } });
    return viewOf(tx, park, year);
  });
}

async function openEvaluation(tx: ServiceContext, park: ParkRow, year: number): Promise<CreditEvaluationRow> {
  const row = await getCreditEvaluationRow(tx.db, park.id, year);
  if (!row) throw notFound(`园区 ${park.code} ${year}年的自评`);
  return row;
}

function refuseSubmitted(row: CreditEvaluationRow): void {
  if (row.status === 'submitted') {
    throw new ServiceError('CONFLICT', `${row.year}年的自评已提交，不能修改；如需修改请管理员退回`, [
      { severity: 'error', field: 'status', value: row.status, message: '自评已提交' },
    ]);
  }
}

/** Writes item scores into an open (draft) evaluation, each checked against the scheme and audited. */
async function writeScores(tx: ServiceContext, park: ParkRow, row: CreditEvaluationRow, entries: readonly { number: string; body: unknown }[]): Promise<void> {
  refuseSubmitted(row);
  const scheme = await schemeOfEvaluation(tx, row);
  const by = actorName(tx.actor);
  const existing = await listCreditItemScoreRows(tx.db, row.id);
  for (const { number, body } of entries) {
    const parsed = ItemScoreInput.safeParse(body);
    if (!parsed.success) throw new ServiceError('VALIDATION', `${INVALID}（第${number}项）`, issuesFromZod(parsed.error, body));
    if (!scheme.items.some((i) => i.number === number)) {
      throw new ServiceError('VALIDATION', `${INVALID}：评价方案 ${scheme.id} 没有第${number}项`, [
        { severity: 'error', field: 'number', value: number, expected: `评价方案 ${scheme.id} 的序号（${scheme.items.map((i) => i.number).join('、')}）`, message: `没有第${number}项` },
      ]);
    }
    const score: ItemScore = { number, score: parsed.data.score, comment: parsed.data.comment, evidence: parsed.data.evidence };
    scoring('score', () => scoreEvaluation(scheme, [score]));
    const before = existing.find((r) => r.itemNumber === number);
    await upsertCreditItemScoreRow(tx.db, row.id, { itemNumber: number, score: score.score, comment: score.comment, evidence: score.evidence, updatedBy: by });
    await recordChange(tx, { parkId: park.id, entity: ENTITY, entityId: row.id, action: 'score', before: before ? scoreOfRow(before) : null, after: score });
  }
  await touchCreditEvaluationRow(tx.db, row.id, by);
}

/** Sets one item's score, comment and evidence (refused once submitted, or a score the item cannot take); audited. */
export async function setCreditItemScore(ctx: ServiceContext, parkCode: string, year: number, number: string, body: unknown): Promise<CreditEvaluationView> {
  return setCreditItemScores(ctx, parkCode, year, [{ number, body }]);
}

/** Sets several items at once, all or nothing (a bad one and none is written); each audited. */
export async function setCreditItemScores(
  ctx: ServiceContext,
  parkCode: string,
  year: number,
  entries: readonly { number: string; body: unknown }[],
): Promise<CreditEvaluationView> {
  checkYear(year);
  return withTransaction(ctx, async (tx) => {
    const park = await resolvePark(tx, parkCode, 'write');
    await writeScores(tx, park, await openEvaluation(tx, park, year), entries);
    return viewOf(tx, park, year);
  });
}

/** Submits the year's evaluation: locks it, with who and when; audited. */
export async function submitCreditEvaluation(ctx: ServiceContext, parkCode: string, year: number, now = new Date()): Promise<CreditEvaluationView> {
  checkYear(year);
  return withTransaction(ctx, async (tx) => {
    const park = await resolvePark(tx, parkCode, 'write');
    const row = await openEvaluation(tx, park, year);
    refuseSubmitted(row);
    const by = actorName(tx.actor);
    await updateCreditEvaluationRow(tx.db, row.id, { status: 'submitted', submittedBy: by, submittedAt: now, updatedBy: by });
    const result = scoreEvaluation(await schemeOfEvaluation(tx, row), (await listCreditItemScoreRows(tx.db, row.id)).map(scoreOfRow));
    await recordChange(tx, {
      parkId: park.id,
      entity: ENTITY,
      entityId: row.id,
      action: 'submit',
      before: { status: row.status },
      after: { status: 'submitted', total: result.total, grade: result.grade },
    });
    return viewOf(tx, park, year);
  });
}

/** Reopens a submitted evaluation for correction (administrators only); audited. */
export async function reopenCreditEvaluation(ctx: ServiceContext, parkCode: string, year: number): Promise<CreditEvaluationView> {
  checkYear(year);
  if (ctx.actor.kind === 'user' && ctx.actor.role !== 'admin') throw forbidden('只有管理员可以退回已提交的自评');
  return withTransaction(ctx, async (tx) => {
    const park = await resolvePark(tx, parkCode, 'write');
    const row = await openEvaluation(tx, park, year);
    if (row.status !== 'submitted') {
      throw new ServiceError('CONFLICT', `${year}年的自评尚未提交，无需退回`, [{ severity: 'error', field: 'status', value: row.status, message: '自评尚未提交' }]);
    }
    await updateCreditEvaluationRow(tx.db, row.id, { status: 'draft', submittedBy: null, submittedAt: null, updatedBy: actorName(tx.actor) });
    await recordChange(tx, {
      parkId: park.id,
      entity: ENTITY,
      entityId: row.id,
      action: 'reopen',
      before: { status: row.status, submittedBy: row.submittedBy, submittedAt: row.submittedAt?.toISOString() ?? null },
      after: { status: 'draft' },
    });
    return viewOf(tx, park, year);
  });
}

/** The evaluation's history: its audit entries, newest first. */
export async function creditEvaluationHistory(ctx: ServiceContext, parkCode: string, year: number): Promise<CreditHistory> {
  checkYear(year);
  return withReadTransaction(ctx, async (tx) => {
    const park = await resolvePark(tx, parkCode, 'read');
    const row = await openEvaluation(tx, park, year);
    const entries = await listChanges(tx.db, park.id, ENTITY, row.id);
    return { park: park.code, year, entries: entries.map((e) => ({ at: e.at.toISOString(), actor: e.actor, action: e.action, before: e.before, after: e.after })) };
  });
}
