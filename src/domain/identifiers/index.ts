export { toHalfWidth } from './toHalfWidth.js';
export { checkCreditCode, creditCodeCheckChar, type CreditCodeCheck, type CreditCodeParts } from './creditCode.js';
export { parsePermitNumber, type PermitNumberParse, type PermitNumberParts } from './permitNumber.js';
export {
  parseEmergencyPlanNumber,
  type EmergencyPlanNumberParse,
  type EmergencyPlanNumberParts,
  type EmergencyRiskLevel,
} from './emergencyPlanNumber.js';
export {
  parseEiaDocumentNumber,
  formatEiaDocumentNumber,
  type EiaDocumentNumberParse,
  type EiaDocumentNumberParts,
} from './eiaDocumentNumber.js';
export {
  parseEiaRegistrationNumber,
  type EiaRegistrationNumberParse,
  type EiaRegistrationNumberParts,
} from './eiaRegistrationNumber.js';
export { checkDivisionCode, type DivisionCodeCheck } from './divisionCode.js';
export {
  checkIdentifier,
  IDENTIFIER_KIND_LABELS,
  type IdentifierCheck,
  type IdentifierKind,
} from './detectIdentifier.js';
