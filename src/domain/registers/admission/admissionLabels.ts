import type { IndustrialLandClass, RuleEffect, RuleTrigger } from './admissionRules.js';
import type { Screening } from './screenProject.js';

/** What a rule does, as the park's documents word it. */
export const RULE_EFFECT_LABELS: Readonly<Record<RuleEffect, string>> = { prohibited: '禁止', restricted: '限制' };

/** The screening's verdict (准入审核结论). */
export const SCREENING_OUTCOME_LABELS: Readonly<Record<Screening['outcome'], string>> = {
  pass: '通过',
  conditional: '附条件通过',
  fail: '不通过',
};

/** The kinds of trigger, in the order a form lists them. */
export const RULE_TRIGGER_KINDS = ['industry', 'heavyMetals', 'vocs', 'airPolluting', 'landClass'] as const satisfies readonly RuleTrigger['kind'][];

export const RULE_TRIGGER_LABELS: Readonly<Record<RuleTrigger['kind'], string>> = {
  industry: '行业（GB/T 4754）',
  heavyMetals: '涉重金属',
  vocs: '涉VOCs排放',
  airPolluting: '气型污染',
  landClass: '新增工业用地类别',
};

export const INDUSTRIAL_LAND_CLASSES = ['M1', 'M2', 'M3'] as const satisfies readonly IndustrialLandClass[];

/** GB 50137-2011 names of the industrial land classes. */
export const LAND_CLASS_LABELS: Readonly<Record<IndustrialLandClass, string>> = {
  M1: 'M1 一类工业用地',
  M2: 'M2 二类工业用地',
  M3: 'M3 三类工业用地',
};

/**
 * A trigger in words: '行业 C397、C398', '涉重金属', '新增工业用地 M3'.
 *
 * @example triggerText({ kind: 'industry', codes: ['C397', 'C398'] }) //=> '行业 C397、C398'
 */
export function triggerText(t: RuleTrigger): string {
  switch (t.kind) {
    case 'industry':
      return `行业 ${t.codes.join('、')}`;
    case 'landClass':
      return `新增工业用地 ${t.landClasses.join('、')}`;
    default:
      return RULE_TRIGGER_LABELS[t.kind];
  }
}
