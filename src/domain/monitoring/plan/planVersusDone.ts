import { groupCampaigns, periodIndex, type Campaign } from './campaigns.js';
import { campaignPeriod, type CampaignPeriod } from './frequency.js';
import type { PlanItem, PlanSample, PlanStatus } from './planItem.js';

/** What one point of a plan item did against the plan in the year. */
export interface PointOutcome {
  pointId: number;
  /** Campaigns planned (the item's campaignsPerYear). */
  planned: number;
  /** Campaigns that count: per year, every campaign; per period, the periods with at least one campaign. */
  done: number;
  status: PlanStatus;
  /** The point's campaigns in the year, each with its sampling dates: the records that show `done`. */
  campaigns: Campaign[];
}

export interface ItemOutcome {
  itemId: number;
  period: CampaignPeriod;
  status: PlanStatus;
  points: PointOutcome[];
}

function statusOf(planned: number, done: number): PlanStatus {
  if (done >= planned) return 'done';
  return done > 0 ? 'partial' : 'notDone';
}

function doneOf(campaigns: readonly Campaign[], period: CampaignPeriod): number {
  if (period === 'year') return campaigns.length;
  return new Set(campaigns.map((c) => periodIndex(c.start, period))).size;
}

/**
 * 落实情况 of a year's plan: per item and point, campaigns planned and done, from the points' sampling dates.
 *
 * - A point's dates of the year group into campaigns (`groupCampaigns`: dates ≤ CAMPAIGN_GAP_DAYS apart are one).
 * - An item whose frequency is per period (1次/半年, 每季度, 每月) counts the periods with at least one campaign, a
 *   campaign counting in the period of its first date: two campaigns in January are one of the two half years. An
 *   item counted per year (每年监测两期, 1次/年) counts every campaign.
 * - A point is 已落实 (done) when done ≥ planned, 部分落实 (partial) when 0 < done < planned, 未落实 (notDone) when
 *   nothing was sampled. An item is done when all its points are, notDone when none of them sampled anything (or it
 *   has no points: nothing can show it), partial otherwise.
 *
 * Samples of other years and of points the item does not name are ignored.
 */
export function planVersusDone(items: readonly PlanItem[], samples: readonly PlanSample[], year: number): ItemOutcome[] {
  const prefix = `${year}-`;
  const datesByPoint = new Map<number, string[]>();
  for (const s of samples) {
    if (!s.date.startsWith(prefix)) continue;
    const dates = datesByPoint.get(s.pointId) ?? [];
    dates.push(s.date);
    datesByPoint.set(s.pointId, dates);
  }
  return items.map((item) => {
    const period = campaignPeriod(item.frequencyText, item.campaignsPerYear);
    const points = item.pointIds.map((pointId): PointOutcome => {
      const campaigns = groupCampaigns(datesByPoint.get(pointId) ?? []);
      const done = doneOf(campaigns, period);
      return { pointId, planned: item.campaignsPerYear, done, status: statusOf(item.campaignsPerYear, done), campaigns };
    });
    const status: PlanStatus =
      points.length > 0 && points.every((p) => p.status === 'done')
        ? 'done'
        : points.some((p) => p.done > 0)
          ? 'partial'
          : 'notDone';
    return { itemId: item.id, period, status, points };
  });
}
