export * from './types.js';
export { BUILT_IN_SCHEMES, HUNAN_2024_SCHEME, HUNAN_2024_SCHEME_ID, HUNAN_GRADE_QUALIFIED, HUNAN_GRADE_RISK, HUNAN_GRADE_TRUSTWORTHY } from './builtInSchemes.js';
export { gradeOf } from './gradeOf.js';
export { scoreEvaluation, scoreWhenApplies } from './scoreEvaluation.js';
export { proposeScores, HONOUR_LEVEL_NAMES, NO_TOPIC_REASON } from './proposeScores.js';
export { schemeForYear, regionContains, compareVersions } from './schemeForYear.js';
