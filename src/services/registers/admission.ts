import { lookupIndustry } from '../../domain/industry/lookupIndustry.js';
import type { AdmissionRule, ParkAdmissionRules } from '../../domain/registers/admission/admissionRules.js';
import { screenProject, type ProposedProject, type RuleHit, type Screening } from '../../domain/registers/admission/screenProject.js';
import { screeningSummary, type ScreeningSummary } from '../../domain/registers/admission/screeningSummary.js';
import { shanghaiYear } from '../../domain/report/reportingYear.js';
import { StandardInputError } from '../../domain/standards/StandardInputError.js';
import {
  deleteAdmissionScreeningRow,
  getAdmissionRuleSetRow,
  getAdmissionScreeningRow,
  insertAdmissionScreeningRow,
  listAdmissionScreeningRows,
  upsertAdmissionRuleSetRow,
  type AdmissionRuleSetRow,
  type AdmissionScreeningRow,
} from '../../store/queries/admission.js';
import type { ParkRow } from '../../store/queries/parks.js';
import { actorName } from '../auth/actor.js';
import { recordChange } from '../audit/recordChange.js';
import { withReadTransaction, withTransaction, type ServiceContext } from '../context.js';
import { notFound, ServiceError } from '../errors.js';
import { MAX_YEAR, MIN_YEAR } from '../fields.js';
import { resolvePark } from '../parks/resolvePark.js';
import { issuesFromZod } from '../zodIssues.js';
import {
  AdmissionRulesInput,
  ScreenProjectInput,
  type AdmissionRuleSet,
  type AdmissionRulesInputValues,
  type AdmissionScreening,
  type ScreeningResult,
  type ScreeningYear,
} from './admissionSchemas.js';

/**
 * 入园项目环保准入审核 (issue 11 item 5): a park's admission rules as data, screening a proposed project against them
 * (pass / conditional / fail with each rule that decided it), and the screenings kept per year, which the duty
 * report counts (seed 004: 新引进的22个项目均通过了环保审核).
 *
 * The rules are stored in admission_rule_sets.rules as `{ subAreas, rules }` (the park's sub-areas travel with the
 * rules that name them; the table has no column of its own for them).
 */

const INVALID_RULES = '准入条件有误，未保存任何修改';
const INVALID_PROJECT = '拟引进项目信息有误，请按提示修改';

/** What admission_rule_sets.rules holds. */
interface StoredRules {
  subAreas: string[];
  rules: AdmissionRule[];
}

function storedRules(row: AdmissionRuleSetRow): StoredRules {
  const v = row.rules as Partial<StoredRules> | AdmissionRule[];
  // A bare AdmissionRule[] (as the column's comment first described it) has no sub-areas of its own.
  if (Array.isArray(v)) return { subAreas: [], rules: v };
  return { subAreas: v.subAreas ?? [], rules: v.rules ?? [] };
}

function ruleSetView(park: ParkRow, row: AdmissionRuleSetRow | null): AdmissionRuleSet {
  const stored = row ? storedRules(row) : { subAreas: [], rules: [] };
  return {
    parkCode: park.code,
    park: park.name,
    subAreas: stored.subAreas,
    rules: stored.rules,
    source: row?.source ?? null,
    updatedBy: row?.updatedBy ?? null,
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}

/** The park's admission rules; an empty set (no rules, no sub-areas) when it has none yet. */
export async function getAdmissionRules(ctx: ServiceContext, parkCode: string): Promise<AdmissionRuleSet> {
  return withReadTransaction(ctx, async (tx) => {
    const park = await resolvePark(tx, parkCode, 'read');
    return ruleSetView(park, await getAdmissionRuleSetRow(tx.db, park.id));
  });
}

function parseRules(body: unknown, file?: string): AdmissionRulesInputValues {
  const parsed = AdmissionRulesInput.safeParse(body);
  if (!parsed.success) {
    const issues = issuesFromZod(parsed.error, body).map((i) => (file === undefined ? i : { ...i, file }));
    throw new ServiceError('VALIDATION', `${file === undefined ? '' : `${file}：`}${INVALID_RULES}（${issues.length}处错误）`, issues);
  }
  return parsed.data;
}

async function writeRules(tx: ServiceContext, park: ParkRow, input: AdmissionRulesInputValues): Promise<AdmissionRuleSet> {
  const before = await getAdmissionRuleSetRow(tx.db, park.id);
  const rules: StoredRules = { subAreas: [...input.subAreas], rules: [...input.rules] };
  const id = await upsertAdmissionRuleSetRow(tx.db, park.id, { rules, source: input.source, updatedBy: actorName(tx.actor) });
  await recordChange(tx, {
    parkId: park.id,
    entity: 'admission_rule_set',
    entityId: id,
    action: before ? 'update' : 'create',
    before: before ? { rules: storedRules(before), source: before.source } : null,
    after: { rules, source: input.source },
  });
  return ruleSetView(park, await getAdmissionRuleSetRow(tx.db, park.id));
}

/**
 * Replaces the park's admission rules as a whole (sub-areas and rules), audited. All or nothing: any bad rule and
 * nothing is written; each issue names the rule's index and field (`rules.3.trigger.kind`) and the value.
 */
export async function putAdmissionRules(ctx: ServiceContext, parkCode: string, body: unknown): Promise<AdmissionRuleSet> {
  return withTransaction(ctx, async (tx) => {
    // The park first: an unknown park or a read-only user is told so before the body is read.
    const park = await resolvePark(tx, parkCode, 'write');
    return writeRules(tx, park, parseRules(body));
  });
}

/**
 * Loads the park's admission rules from a JSON file (`{ "subAreas": [...], "rules": [...], "source": "…" }`, the
 * shape of ParkAdmissionRules), replacing the ones it had; all or nothing, errors naming the file, the rule's index,
 * field and value. JSON only: the project has no YAML library of its own.
 */
export async function loadAdmissionRulesFile(ctx: ServiceContext, parkCode: string, bytes: Uint8Array | string, fileName: string): Promise<AdmissionRuleSet> {
  await resolvePark(ctx, parkCode, 'write');
  const text = (typeof bytes === 'string' ? bytes : new TextDecoder('utf-8').decode(bytes)).replace(/^\uFEFF/, '');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new ServiceError('IMPORT_INVALID', `${fileName}：不是有效的 JSON 文件，未保存任何修改`, [
      { file: fileName, message: `JSON 格式错误：${reason}`, expected: '{"subAreas": [...], "rules": [...]} 格式的 JSON' },
    ]);
  }
  const input = parseRules(body, fileName);
  return withTransaction(ctx, async (tx) => writeRules(tx, await resolvePark(tx, parkCode, 'write'), input));
}

/** The code itself or its nearest ancestor in the vendored GB/T 4754-2017 list, with its name. */
function industryOf(code: string): { code: string; name: string } | null {
  for (let c = code; c.length > 0; c = c.length === 3 ? c.slice(0, 1) : c.slice(0, -1)) {
    const found = lookupIndustry(c);
    if (found) return { code: found.code, name: found.name };
  }
  return null;
}

const screeningView = (row: AdmissionScreeningRow): AdmissionScreening => ({
  id: row.id,
  year: row.year,
  projectName: row.projectName,
  applicant: row.applicant,
  project: row.project as ProposedProject,
  outcome: row.outcome as Screening['outcome'],
  decidedBy: row.decisions as RuleHit[],
  screenedBy: row.screenedBy,
  screenedAt: row.screenedAt.toISOString(),
});

/**
 * Screens a proposed project against the park's admission rules: pass, conditional or fail, with every rule that
 * applies (its wording and source). With `save`, the screening is kept (audited) in the given year, or the current
 * year in Beijing time, for the year's counts; saving needs write access and a project name.
 */
export async function screenAdmissionProject(ctx: ServiceContext, parkCode: string, body: unknown, now = new Date()): Promise<ScreeningResult> {
  // The park first: an unknown park is told so before the body is read (saving checks write access below).
  await resolvePark(ctx, parkCode, 'read');
  const parsed = ScreenProjectInput.safeParse(body);
  if (!parsed.success) throw new ServiceError('VALIDATION', INVALID_PROJECT, issuesFromZod(parsed.error, body));
  const input = parsed.data;
  const run = async (tx: ServiceContext): Promise<ScreeningResult> => {
    const park = await resolvePark(tx, parkCode, input.save ? 'write' : 'read');
    const row = await getAdmissionRuleSetRow(tx.db, park.id);
    if (!row) throw notFound(`园区 ${park.code} 的准入条件（请先设置或导入准入条件）`);
    const stored = storedRules(row);
    const rules: ParkAdmissionRules = { park: park.name, subAreas: stored.subAreas, rules: stored.rules };
    const project: ProposedProject = {
      industryCode: input.industryCode,
      heavyMetals: input.heavyMetals,
      vocs: input.vocs,
      airPolluting: input.airPolluting,
      landClass: input.landClass,
      subAreas: [...input.subAreas],
    };
    let screening: Screening;
    try {
      screening = screenProject(rules, project);
    } catch (e) {
      if (e instanceof StandardInputError) {
        throw new ServiceError('VALIDATION', INVALID_PROJECT, [{ severity: 'error', field: e.field, value: e.value, expected: e.expected, message: e.message }]);
      }
      throw e;
    }
    let saved: AdmissionScreening | null = null;
    if (input.save) {
      const stored = await insertAdmissionScreeningRow(tx.db, park.id, {
        year: input.year ?? shanghaiYear(now),
        projectName: input.projectName!,
        applicant: input.applicant,
        project: { ...project, industryCode: screening.industryCode },
        outcome: screening.outcome,
        decisions: screening.decidedBy,
        screenedBy: actorName(tx.actor),
      });
      saved = screeningView(stored);
      const { id: _id, screenedAt: _at, ...after } = saved;
      await recordChange(tx, { parkId: park.id, entity: 'admission_screening', entityId: stored.id, action: 'create', before: null, after });
    }
    const industry = industryOf(screening.industryCode);
    return {
      outcome: screening.outcome,
      industryCode: screening.industryCode,
      industryName: industry?.name ?? null,
      industryNameCode: industry?.code ?? null,
      decidedBy: screening.decidedBy,
      saved,
    };
  };
  return input.save ? withTransaction(ctx, run) : withReadTransaction(ctx, run);
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new ServiceError('VALIDATION', `年份"${year}"无效`, [
      { field: 'year', value: year, expected: `${MIN_YEAR}–${MAX_YEAR} 之间的整数年份`, message: `年份"${year}"无效` },
    ]);
  }
}

/** The screenings kept for a year, in the order they were made, with their counts. */
export async function listAdmissionScreenings(ctx: ServiceContext, parkCode: string, year: number): Promise<ScreeningYear> {
  checkYear(year);
  return withReadTransaction(ctx, async (tx) => {
    const park = await resolvePark(tx, parkCode, 'read');
    const screenings = (await listAdmissionScreeningRows(tx.db, park.id, year)).map(screeningView);
    return { year, screenings, summary: screeningSummary(screenings.map((s) => s.outcome)) };
  });
}

/**
 * A year's screenings counted, with the duty report's sentence (seed 004: 新引进的22个项目均通过了环保审核). Reads in
 * the caller's transaction when there is one (a report's snapshot).
 */
export async function admissionScreeningCounts(ctx: ServiceContext, parkCode: string, year: number): Promise<ScreeningSummary> {
  return (await listAdmissionScreenings(ctx, parkCode, year)).summary;
}

/** Deletes a kept screening entered by mistake (audited, with what it held); it no longer counts in its year. */
export async function deleteAdmissionScreening(ctx: ServiceContext, parkCode: string, id: number): Promise<void> {
  await withTransaction(ctx, async (tx) => {
    const park = await resolvePark(tx, parkCode, 'write');
    const row = await getAdmissionScreeningRow(tx.db, park.id, id);
    if (!row) throw notFound(`准入审核记录（编号${id}）`);
    await deleteAdmissionScreeningRow(tx.db, park.id, id);
    const { id: _id, ...before } = screeningView(row);
    await recordChange(tx, { parkId: park.id, entity: 'admission_screening', entityId: id, action: 'delete', before, after: null });
  });
}
