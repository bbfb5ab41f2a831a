import { describe, expect, it } from 'vitest';
import { campaignPeriod, readFrequency } from './frequency.js';

describe('readFrequency', () => {
  it.each([
    // The four wordings of seed report 000, table 3.
    ['每年监测两期，每次连续监测3-5天，每天1次', 2, 'year'],
    ['1次/半年', 2, 'halfYear'],
    ['1次/年', 1, 'year'],
    ['半年一次，分昼夜各监测一次', 2, 'halfYear'],
    // Other common wordings.
    ['每年一次', 1, 'year'],
    ['每年3次', 3, 'year'],
    ['一年四次', 4, 'year'],
    ['４次／年', 4, 'year'],
    ['每半年一次', 2, 'halfYear'],
    ['每季度一次', 4, 'quarter'],
    ['1次/季度', 4, 'quarter'],
    ['每月一次', 12, 'month'],
    ['1次/月', 12, 'month'],
  ] as const)('%s → %i a year, counted per %s', (text, campaignsPerYear, period) => {
    expect(readFrequency(text)).toEqual({ ok: true, campaignsPerYear, period });
  });

  it.each(['按需监测', '每天1次', '', '连续监测7天'])('"%s" is not understood, and the error names the value', (text) => {
    const reading = readFrequency(text);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.error).toContain(`监测频次“${text}”`);
  });
});

describe('campaignPeriod', () => {
  it('counts per half year when the wording is per half year and the number agrees', () => {
    expect(campaignPeriod('1次/半年', 2)).toBe('halfYear');
    expect(campaignPeriod('半年一次，分昼夜各监测一次', 2)).toBe('halfYear');
  });

  it('counts in the whole year for a per-year wording, a number the user changed, or a wording not understood', () => {
    expect(campaignPeriod('每年监测两期，每次连续监测3-5天，每天1次', 2)).toBe('year');
    expect(campaignPeriod('1次/半年', 3)).toBe('year');
    expect(campaignPeriod('按需监测', 2)).toBe('year');
  });
});
