import { roundGbt8170 } from '../../standards/rounding/roundGbt8170.js';
import { StandardInputError } from '../../standards/StandardInputError.js';
import type { PollutantTotal } from './parkEmissionTotals.js';
import { pollutantKey, type Pollutant } from './pollutants.js';
import { readTonnesPerYear } from './tonnesPerYear.js';

/** The approval a park's quotas come from, e.g. the plan-EIA approval 湘环评函[2014]89号. */
export interface QuotaApproval {
  /** 文号, e.g. '湘环评函[2014]89号'. */
  documentNumber: string;
  /** What the document is, e.g. '祁东经济开发区环境影响报告书审查意见'. */
  title: string;
  /** ISO date or year-month of the approval when known, e.g. '2014-08'. */
  issued: string | null;
}

/** One quota (总量控制指标) of a park. */
export interface PollutantQuota {
  pollutant: Pollutant;
  /** t/a as exact decimal text, e.g. '300'. */
  tonnesPerYear: string;
}

/** A park's quotas and the approval they come from. */
export interface ParkQuotas {
  approval: QuotaApproval;
  quotas: readonly PollutantQuota[];
}

/** Print interval of a share of the quota, in %. UNCONFIRMED: the seed prints no share; two decimals like the YoY change. */
export const QUOTA_SHARE_INTERVAL = '0.01';

/** The verdict for one pollutant of the quota. */
export interface QuotaVerdict {
  key: string;
  name: string;
  quotaTonnesPerYear: string;
  /** The park's total; '0' when no enterprise reported the pollutant. */
  emittedTonnesPerYear: string;
  /** Emitted ≤ quota. */
  withinQuota: boolean;
  /** quota − emitted, exact, t/a; negative when over the quota. */
  marginTonnesPerYear: string;
  /** emitted / quota × 100 printed to 0.01 by GB/T 8170 (e.g. '30.20'); null when the quota is 0. */
  sharePercent: string | null;
}

/** The verdicts of all quotas, and the park's verdict: within only when every quota is kept. */
export interface ParkQuotaVerdict {
  approval: QuotaApproval;
  withinQuota: boolean;
  verdicts: QuotaVerdict[];
  /** Totals of pollutants the approval sets no quota for (reported, not judged). */
  unquoted: PollutantTotal[];
}

/**
 * @summary Whether a park's emission totals of a year are within its quotas, and by how much.
 *
 * @description
 * Each quota is compared exactly with the total of the same pollutant (from {@link parkEmissionTotals}); a
 * pollutant with a quota and no emission row counts as 0 emitted. Emitting exactly the quota is within it
 * (the approval writes COD≤300t/a). The margin is exact; the share of the quota is printed by GB/T 8170.
 *
 * @throws {StandardInputError} for a quota with a bad pollutant or amount, two quotas for one pollutant, or a
 * total whose amount is not decimal text
 *
 * @example
 * quotaVerdict({ approval, quotas: [{ pollutant: { code: 'COD' }, tonnesPerYear: '300' }] },
 *   [{ key: 'COD', name: '化学需氧量', tonnesPerYear: '90.59', enterprises: 2 }]).verdicts[0]
 * //=> { key: 'COD', name: '化学需氧量', quotaTonnesPerYear: '300', emittedTonnesPerYear: '90.59',
 * //     withinQuota: true, marginTonnesPerYear: '209.41', sharePercent: '30.20' }
 */
export function quotaVerdict(park: ParkQuotas, totals: readonly PollutantTotal[]): ParkQuotaVerdict {
  const byKey = new Map(totals.map((t) => [t.key, t]));
  const seen = new Set<string>();
  const verdicts = park.quotas.map((quota, i): QuotaVerdict => {
    const field = `quotas[${i}]`;
    const { key, name } = pollutantKey(quota.pollutant, `${field}.pollutant`);
    if (seen.has(key)) throw new StandardInputError(`${field}.pollutant`, key, '每种污染物一个总量控制指标（该污染物已有指标）');
    seen.add(key);
    const limit = readTonnesPerYear(quota.tonnesPerYear, `${field}.tonnesPerYear`);
    const total = byKey.get(key);
    const emitted = total === undefined ? readTonnesPerYear('0', key) : readTonnesPerYear(total.tonnesPerYear, `totals.${key}`);
    return {
      key,
      name,
      quotaTonnesPerYear: quota.tonnesPerYear.trim(),
      emittedTonnesPerYear: total === undefined ? '0' : total.tonnesPerYear,
      withinQuota: emitted.lte(limit),
      marginTonnesPerYear: limit.minus(emitted).toString(),
      sharePercent: limit.isZero() ? null : roundGbt8170(emitted.div(limit).times(100), QUOTA_SHARE_INTERVAL),
    };
  });
  return {
    approval: park.approval,
    withinQuota: verdicts.every((v) => v.withinQuota),
    verdicts,
    unquoted: totals.filter((t) => !seen.has(t.key)),
  };
}
