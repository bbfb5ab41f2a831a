/** What a rule does to a project it applies to: 禁止 makes the screening fail, 限制 makes it conditional. */
export type RuleEffect = 'prohibited' | 'restricted';

/**
 * Industrial land class of GB 50137-2011 (城市用地分类与规划建设用地标准): M1 一类, M2 二类, M3 三类工业用地.
 * UNCONFIRMED: that a park plan's "三类工业用地" is GB 50137's M3 is read from the term, not from the plan.
 */
export type IndustrialLandClass = 'M1' | 'M2' | 'M3';

/** What a project must have for a rule to apply to it. */
export type RuleTrigger =
  /** GB/T 4754 codes ("C397"); a code covers every code below it ("C3971"). */
  | { kind: 'industry'; codes: readonly string[] }
  /** 涉重金属 */
  | { kind: 'heavyMetals' }
  /** 涉VOCs排放 */
  | { kind: 'vocs' }
  /** 气型污染 */
  | { kind: 'airPolluting' }
  /** the new industrial land the project needs is of one of these classes */
  | { kind: 'landClass'; landClasses: readonly IndustrialLandClass[] };

/** One admission rule (准入条件) of a park, with the wording of the document it comes from. */
export interface AdmissionRule {
  /** Stable within the park, e.g. 'heavy-metals'. */
  id: string;
  effect: RuleEffect;
  trigger: RuleTrigger;
  /** The sub-area the rule is limited to (one of the park's `subAreas`), or null for the whole park. */
  subArea: string | null;
  /** The requirement as the document words it, verbatim. */
  wording: string;
  /** The document and place it comes from, e.g. '湘环评函[2014]89号 审查意见'. */
  source: string;
}

/** A park's admission rules as data. */
export interface ParkAdmissionRules {
  /** The park's name. */
  park: string;
  /** The named sub-areas (园中园, zones) rules can be limited to, e.g. '云鹤工业园'. */
  subAreas: readonly string[];
  rules: readonly AdmissionRule[];
}
