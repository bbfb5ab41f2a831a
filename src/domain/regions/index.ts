export {
  DIVISIONS,
  FULLY_COVERED_PROVINCES,
  RETIRED_DIVISIONS,
  type DivisionRow,
  type RetiredDivision,
} from './divisions.js';
export { lookupDivision, type Division, type DivisionLevel } from './lookupDivision.js';
export { parentOf } from './parentOf.js';
export { childrenOf } from './childrenOf.js';
export { isDivisionCode } from './isDivisionCode.js';
export { lookupRetiredDivision } from './lookupRetiredDivision.js';
