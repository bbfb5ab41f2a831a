import { canonicalIndustryCode } from '../../industry/lookupIndustry.js';
import { StandardInputError } from '../../standards/StandardInputError.js';
import type { AdmissionRule, IndustrialLandClass, ParkAdmissionRules, RuleEffect } from './admissionRules.js';

/** A project proposed for the park, as the screening needs it. */
export interface ProposedProject {
  /** GB/T 4754 code, as specific as known ("C3982"; "3982" and "c39" are read too). */
  industryCode: string;
  /** 涉重金属 */
  heavyMetals: boolean;
  /** 涉VOCs排放 */
  vocs: boolean;
  /** 气型污染 */
  airPolluting: boolean;
  /** Class of the new industrial land the project needs, or null when it needs none. */
  landClass: IndustrialLandClass | null;
  /** The park's named sub-areas the site lies in (none, one, or nested ones). */
  subAreas: readonly string[];
}

/** A rule that applies to the project. */
export interface RuleHit {
  id: string;
  effect: RuleEffect;
  wording: string;
  source: string;
  /** 'possible' when the project's industry code is coarser than the rule's (C39 against a rule on C397). */
  match: 'certain' | 'possible';
}

/** The screening's verdict (准入审核结论). */
export interface Screening {
  /** 'fail' on a certain prohibition; 'conditional' on a restriction or a possible prohibition; else 'pass'. */
  outcome: 'pass' | 'conditional' | 'fail';
  /** The project's industry code in canonical form ("C3982"). */
  industryCode: string;
  /** Every rule that applies, in the park's order: the ones that decided the outcome. */
  decidedBy: RuleHit[];
}

const LAND_CLASSES: readonly IndustrialLandClass[] = ['M1', 'M2', 'M3'];

/**
 * @summary Screens a proposed project against a park's admission rules (入园项目环境准入审核).
 *
 * @description
 * A rule applies when its sub-area is null or one of the project's sub-areas, and its trigger holds: an industry
 * code that is the project's code or above it (a rule on C398 applies to C3982), a heavy-metals, VOCs or
 * air-polluting project, or new industrial land of a listed class. When the project's code is above the rule's
 * (C39 against C397), the rule may apply: a prohibition then makes the outcome conditional, to be decided on the
 * finer code. Any certain prohibition fails the project; otherwise any hit makes it conditional.
 *
 * @throws {StandardInputError} for an industry code that is not a GB/T 4754 code (naming the value), a sub-area
 * the park does not declare, a bad flag or land class, and for rules with an unknown sub-area or industry code
 *
 * @example
 * screenProject(DEMO_PARK_ADMISSION_RULES, { industryCode: 'C2110', heavyMetals: false, vocs: false,
 *   airPolluting: false, landClass: 'M2', subAreas: ['云鹤工业园'] }).outcome
 * //=> 'pass'
 */
export function screenProject(park: ParkAdmissionRules, project: ProposedProject): Screening {
  const industryCode = industryOf(project.industryCode, 'industryCode');
  for (const flag of ['heavyMetals', 'vocs', 'airPolluting'] as const) {
    if (typeof project[flag] !== 'boolean') throw new StandardInputError(flag, project[flag], 'true 或 false');
  }
  if (project.landClass !== null && !LAND_CLASSES.includes(project.landClass)) {
    throw new StandardInputError('landClass', project.landClass, 'M1、M2、M3 或 null（不新增工业用地）');
  }
  if (!Array.isArray(project.subAreas)) throw new StandardInputError('subAreas', project.subAreas, '片区名称列表');
  for (const area of project.subAreas) {
    if (!park.subAreas.includes(area)) throw new StandardInputError('subAreas', area, `${park.park}的片区：${park.subAreas.join('、')}`);
  }
  const decidedBy: RuleHit[] = [];
  park.rules.forEach((rule, i) => {
    const match = matchOf(rule, `rules[${i}]`, park, { ...project, industryCode });
    if (match !== null) decidedBy.push({ id: rule.id, effect: rule.effect, wording: rule.wording, source: rule.source, match });
  });
  const fails = decidedBy.some((h) => h.effect === 'prohibited' && h.match === 'certain');
  return { outcome: fails ? 'fail' : decidedBy.length > 0 ? 'conditional' : 'pass', industryCode, decidedBy };
}

function matchOf(rule: AdmissionRule, field: string, park: ParkAdmissionRules, project: ProposedProject): RuleHit['match'] | null {
  if (rule.subArea !== null && !park.subAreas.includes(rule.subArea)) {
    throw new StandardInputError(`${field}.subArea`, rule.subArea, `${park.park}的片区：${park.subAreas.join('、')}`);
  }
  const t = rule.trigger;
  const codes = t.kind === 'industry' ? t.codes.map((c, j) => industryOf(c, `${field}.trigger.codes[${j}]`)) : [];
  if (rule.subArea !== null && !project.subAreas.includes(rule.subArea)) return null;
  switch (t.kind) {
    case 'industry':
      if (codes.some((c) => project.industryCode.startsWith(c))) return 'certain';
      return codes.some((c) => c.startsWith(project.industryCode)) ? 'possible' : null;
    case 'heavyMetals':
      return project.heavyMetals ? 'certain' : null;
    case 'vocs':
      return project.vocs ? 'certain' : null;
    case 'airPolluting':
      return project.airPolluting ? 'certain' : null;
    case 'landClass':
      return project.landClass !== null && t.landClasses.includes(project.landClass) ? 'certain' : null;
    default:
      throw new StandardInputError(`${field}.trigger.kind`, (t as { kind: unknown }).kind, 'industry、heavyMetals、vocs、airPolluting 或 landClass');
  }
}

function industryOf(code: unknown, field: string): string {
  const c = typeof code === 'string' ? canonicalIndustryCode(code) : null;
  if (c === null) throw new StandardInputError(field, code, 'GB/T 4754-2017 行业代码（如 C3982、C39、C）');
  return c;
}
