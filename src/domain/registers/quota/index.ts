export { POLLUTANT_NAMES, pollutantKey, type Pollutant, type PollutantCode } from './pollutants.js';
export { readTonnesPerYear } from './tonnesPerYear.js';
export { parkEmissionTotals, type EnterpriseEmission, type PollutantTotal } from './parkEmissionTotals.js';
export {
  quotaVerdict,
  QUOTA_SHARE_INTERVAL,
  type ParkQuotaVerdict,
  type ParkQuotas,
  type PollutantQuota,
  type QuotaApproval,
  type QuotaVerdict,
} from './quotaVerdict.js';
export {
  emissionChangeSentence,
  emissionYearOnYear,
  EMISSION_CHANGE_INTERVAL,
  type EmissionChange,
  type EmissionYears,
} from './emissionYearOnYear.js';
