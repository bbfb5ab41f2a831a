// Monitoring plan (监测计划, table 3): items, frequencies read as campaigns a year, and plan versus done (落实情况).
export {
  PLAN_MEDIA,
  PLAN_MEDIA_TEXT,
  PLAN_MEDIUM_LABELS,
  PLAN_STATUSES,
  PLAN_STATUS_LABELS,
  type PlanItem,
  type PlanMedium,
  type PlanSample,
  type PlanStatus,
} from './planItem.js';
export { readFrequency, campaignPeriod, PERIODS_PER_YEAR, type CampaignPeriod, type FrequencyReading } from './frequency.js';
export { groupCampaigns, periodIndex, CAMPAIGN_GAP_DAYS, type Campaign } from './campaigns.js';
export { planVersusDone, type ItemOutcome, type PointOutcome } from './planVersusDone.js';
