export type { AdmissionRule, IndustrialLandClass, ParkAdmissionRules, RuleEffect, RuleTrigger } from './admissionRules.js';
export { screenProject, type ProposedProject, type RuleHit, type Screening } from './screenProject.js';
export { DEMO_PARK_ADMISSION_RULES } from './demoParkAdmissionRules.js';
export { screeningSummary, type ScreeningSummary } from './screeningSummary.js';
