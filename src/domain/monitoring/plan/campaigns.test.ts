import { describe, expect, it } from 'vitest';
import { CAMPAIGN_GAP_DAYS, groupCampaigns, periodIndex } from './campaigns.js';

describe('groupCampaigns', () => {
  it('takes consecutive sampling days as one campaign (每次连续监测3-5天)', () => {
    expect(groupCampaigns(['2024-03-03', '2024-03-01', '2024-03-02', '2024-03-02'])).toEqual([
      { start: '2024-03-01', end: '2024-03-03', dates: ['2024-03-01', '2024-03-02', '2024-03-03'] },
    ]);
  });

  it('starts a new campaign after a gap of more than 7 days', () => {
    expect(CAMPAIGN_GAP_DAYS).toBe(7);
    // 10 → 17 January: 7 days, the same campaign; 17 → 25 January: 8 days, a new one.
    expect(groupCampaigns(['2024-01-10', '2024-01-17', '2024-01-25']).map((c) => c.dates)).toEqual([
      ['2024-01-10', '2024-01-17'],
      ['2024-01-25'],
    ]);
  });

  it('counts 29 February in a leap year', () => {
    // 2024 is a leap year: 25 February → 4 March is 4 + 4 = 8 days, two campaigns.
    expect(groupCampaigns(['2024-02-25', '2024-03-04'])).toHaveLength(2);
    // 2023 is not: 25 February → 4 March is 3 + 4 = 7 days, one campaign.
    expect(groupCampaigns(['2023-02-25', '2023-03-04'])).toHaveLength(1);
  });

  it('gives no campaign for no dates', () => {
    expect(groupCampaigns([])).toEqual([]);
  });
});

describe('periodIndex', () => {
  it('splits the year into January–June and July–December, quarters and months', () => {
    expect(periodIndex('2024-06-30', 'halfYear')).toBe(0);
    expect(periodIndex('2024-07-01', 'halfYear')).toBe(1);
    expect(periodIndex('2024-03-31', 'quarter')).toBe(0);
    expect(periodIndex('2024-04-01', 'quarter')).toBe(1);
    expect(periodIndex('2024-12-31', 'month')).toBe(11);
    expect(periodIndex('2024-02-29', 'year')).toBe(0);
  });
});
