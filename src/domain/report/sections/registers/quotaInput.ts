import type { Pollutant } from '../../../registers/quota/pollutants.js';
import type { QuotaApproval } from '../../../registers/quota/quotaVerdict.js';
import type { RecordRef } from '../../reportModel.js';

/** Who last changed a record and when (ISO), for an entered figure's provenance. */
export interface EnteredBy {
  by: string | null;
  at: string | null;
}

/** One quota (总量控制指标) as the report reads it. */
export interface QuotaReportQuota extends EnteredBy {
  pollutant: Pollutant;
  /** pollutantKey's key: 'COD', 'NH3-N', 'SO2', 'NOx', 'VOCs', 'other:<name>'. */
  key: string;
  name: string;
  tonnesPerYear: string;
  record: RecordRef;
}

/** One stored emission row: an enterprise's (`enterprise` its id or name, unique in the park) or the park's published total (null). */
export interface QuotaReportEmission extends EnteredBy {
  enterprise: string | null;
  pollutant: Pollutant;
  key: string;
  name: string;
  tonnesPerYear: string;
  record: RecordRef;
}

/** What the total-pollutant-control parts of the annual report read: the quotas, and the rows of the year and the year before. */
export interface QuotaReportInput {
  /** null when the park has no quotas. */
  approval: QuotaApproval | null;
  quotas: QuotaReportQuota[];
  /** The report's year and the year before (either may have no rows). */
  years: { year: number; rows: QuotaReportEmission[] }[];
}
