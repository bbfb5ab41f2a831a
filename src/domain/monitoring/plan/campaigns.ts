import { PERIODS_PER_YEAR, type CampaignPeriod } from './frequency.js';

/**
 * Sampling dates of one point at most this many days apart belong to one campaign (期): a plan's
 * "每次连续监测3-5天" is one campaign of 3–5 consecutive days, and a day missed for rain must not split it.
 * UNCONFIRMED: neither the seed report nor HJ 664 / HJ 2.2 gives the gap; 7 days is our assumption and may be corrected.
 */
export const CAMPAIGN_GAP_DAYS = 7;

/** One campaign of a point: its sampling dates (YYYY-MM-DD, ascending), first and last. */
export interface Campaign {
  start: string;
  end: string;
  dates: string[];
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a calendar date YYYY-MM-DD (no time zone: a sampling date is a local calendar day). */
function dayNumber(date: string): number {
  return Math.round(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS);
}

/**
 * Groups a point's sampling dates into campaigns: sorted and deduplicated, a date more than `gapDays` after the one
 * before starts a new campaign.
 *
 * @example
 * groupCampaigns(['2024-03-01', '2024-03-02', '2024-03-03', '2024-09-10'])
 * //=> [{ start: '2024-03-01', end: '2024-03-03', dates: [...] }, { start: '2024-09-10', end: '2024-09-10', dates: [...] }]
 */
export function groupCampaigns(dates: readonly string[], gapDays = CAMPAIGN_GAP_DAYS): Campaign[] {
  const sorted = [...new Set(dates)].sort();
  const campaigns: Campaign[] = [];
  let current: Campaign | null = null;
  for (const date of sorted) {
    if (current && dayNumber(date) - dayNumber(current.end) <= gapDays) {
      current.end = date;
      current.dates.push(date);
    } else {
      current = { start: date, end: date, dates: [date] };
      campaigns.push(current);
    }
  }
  return campaigns;
}

/**
 * The period of the year (0-based) a campaign counts in: that of its first date. Half years are January–June and
 * July–December, quarters January–March …, so a campaign of 29 June – 2 July counts in the first half.
 */
export function periodIndex(date: string, period: CampaignPeriod): number {
  const month0 = Number(date.slice(5, 7)) - 1;
  return Math.floor(month0 / (12 / PERIODS_PER_YEAR[period]));
}
