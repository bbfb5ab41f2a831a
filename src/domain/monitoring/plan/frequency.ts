/**
 * The span a frequency counts its campaigns in: the whole year (每年监测两期 — any two campaigns of the year), or a
 * period of it with one campaign each (1次/半年 — one in each half year).
 */
export type CampaignPeriod = 'year' | 'halfYear' | 'quarter' | 'month';

/** Periods of each kind in a year. */
export const PERIODS_PER_YEAR: Readonly<Record<CampaignPeriod, number>> = { year: 1, halfYear: 2, quarter: 4, month: 12 };

export type FrequencyReading =
  | { ok: true; campaignsPerYear: number; period: CampaignPeriod }
  | { ok: false; error: string };

const CHINESE_DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };
const COUNT = '(\\d{1,2}|十[一二]?|[一二两三四五六七八九])';

function countOf(text: string): number {
  return /^\d+$/.test(text) ? Number(text) : CHINESE_DIGITS[text]!;
}

/** Full-width digits and slashes to ASCII, blanks removed. */
function normalize(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[／]/g, '/')
    .replace(/\s+/g, '');
}

/** Per-period wordings: one campaign in each period. */
const PERIOD_PATTERNS: readonly [RegExp, CampaignPeriod][] = [
  [/(?:^|[^\d])[1一]次\/半年|每?半年[1一]次|每半年(?:监测|采样)?[1一]?次?/, 'halfYear'],
  [/(?:^|[^\d])[1一]次\/季度?|每?季度?[1一]次|每季度?/, 'quarter'],
  [/(?:^|[^\d])[1一]次\/月|每月[1一]次|每月/, 'month'],
];

/** Count-per-year wordings: N campaigns anywhere in the year. */
const YEAR_PATTERNS: readonly RegExp[] = [
  new RegExp(`每年(?:监测|采样|开展)?${COUNT}(?:期|次|轮)`),
  new RegExp(`(?<![半每])(?:一年|年度?)(?:监测|采样)?${COUNT}(?:期|次|轮)`),
  new RegExp(`(?:^|[^\\d])${COUNT}(?:次|期)/年`),
  new RegExp(`${COUNT}(?:期|次)每年`),
];

/**
 * Proposes the campaigns (期) a year a plan's 监测频次 means, and the span they are counted in. The plan item stores
 * the number the user confirms; this only proposes it.
 *
 * @example
 * readFrequency('每年监测两期，每次连续监测3-5天，每天1次') //=> { ok: true, campaignsPerYear: 2, period: 'year' }
 * readFrequency('1次/半年') //=> { ok: true, campaignsPerYear: 2, period: 'halfYear' }
 * readFrequency('半年一次，分昼夜各监测一次') //=> { ok: true, campaignsPerYear: 2, period: 'halfYear' }
 * readFrequency('1次/年') //=> { ok: true, campaignsPerYear: 1, period: 'year' }
 * readFrequency('按需监测') //=> { ok: false, error: '监测频次“按需监测”无法识别每年监测期数…' }
 */
export function readFrequency(frequencyText: string): FrequencyReading {
  const text = normalize(frequencyText);
  for (const pattern of YEAR_PATTERNS) {
    const m = pattern.exec(text);
    if (m) {
      const n = countOf(m[1]!);
      if (n >= 1 && n <= 366) return { ok: true, campaignsPerYear: n, period: 'year' };
    }
  }
  for (const [pattern, period] of PERIOD_PATTERNS) {
    if (pattern.test(text)) return { ok: true, campaignsPerYear: PERIODS_PER_YEAR[period], period };
  }
  return {
    ok: false,
    error: `监测频次“${frequencyText}”无法识别每年监测期数，应为如“每年监测两期”“1次/半年”“1次/年”“每季度一次”“每月一次”，或直接填写每年期数`,
  };
}

/**
 * The span campaigns are counted in for a stored item: the frequency's period when its wording is per period and
 * the stored number is that period's count (1次/半年 and 2 a year); the whole year otherwise (每年两期, or a number the
 * user set that the wording does not give).
 */
export function campaignPeriod(frequencyText: string, campaignsPerYear: number): CampaignPeriod {
  const reading = readFrequency(frequencyText);
  if (reading.ok && reading.period !== 'year' && reading.campaignsPerYear === campaignsPerYear) return reading.period;
  return 'year';
}
