// Air-quality year of a park network: 100 stations × a leap year (2024) of hourly data → for every station the
// figures of `parkeco std air-days` (issue 10 item 4): daily values and daily AQI, monitoring and compliance days
// against GB 3095, per-factor exceedance days and largest 超标倍数, 优良天数, HJ 663 annual means and percentiles,
// and the year-on-year clauses. In-process. Run: npx tsx bench/airDays.ts
// Goal (issue 10 item 9): ≤ 0.3 s and ≤ 300 MB peak RSS.
import { airDaysSummary, dailyAirSeries, type AqiPollutant, type DailyAirRow, type HourlySeries } from '../src/domain/standards/index.js';

const STATIONS = 100;
const DAYS = 366;
const HOURS = DAYS * 24;

/** Deterministic PRNG (mulberry32). */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One station as in bench/annualAqi.ts: diurnal O3, seasonal PM, CO with one decimal, ~2 % missing hours and a few outage days. */
function station(seed: number): HourlySeries {
  const next = random(seed);
  const hourly = Object.fromEntries(['so2', 'no2', 'co', 'o3', 'pm10', 'pm25'].map((p) => [p, new Array<number | null>(HOURS)])) as Record<
    AqiPollutant,
    (number | null)[]
  >;
  for (let h = 0; h < HOURS; h++) {
    const day = Math.floor(h / 24);
    const hour = h % 24;
    const winter = 1 + 0.8 * Math.cos((2 * Math.PI * day) / DAYS);
    const outage = day % 53 === seed % 53 && hour < 6;
    const gap = () => outage || next() < 0.02;
    const pm25 = Math.round(winter * (8 + next() * 40));
    hourly.pm25[h] = gap() ? null : pm25;
    hourly.pm10[h] = gap() ? null : Math.round(pm25 * (1.4 + next() * 0.6));
    hourly.so2[h] = gap() ? null : Math.round(3 + next() * 20);
    hourly.no2[h] = gap() ? null : Math.round(10 + next() * 60);
    hourly.co[h] = gap() ? null : Math.round((0.3 + next() * 1.5 * winter) * 10) / 10;
    hourly.o3[h] = gap() ? null : Math.round((1.5 - 0.5 * winter) * (20 + 110 * Math.max(0, Math.sin((Math.PI * (hour - 6)) / 14))) + next() * 20);
  }
  return { firstDay: '2024-01-01', hourly };
}

const mb = () => process.resourceUsage().maxRSS / 1024;
const rows: string[][] = [];
function measure<T>(name: string, n: number, fn: () => T): T {
  const t0 = process.hrtime.bigint();
  const result = fn();
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  rows.push([name, String(n), seconds.toFixed(3), Math.round(n / seconds).toLocaleString('en-US'), mb().toFixed(0)]);
  return result;
}

const network = measure('generate hourly data (not part of the goal)', STATIONS * HOURS, () =>
  Array.from({ length: STATIONS }, (_, i) => station(20240101 + i)),
);
const t0 = process.hrtime.bigint();
const days = measure('hourly → daily values + daily AQI', STATIONS * HOURS, () => network.map((s) => dailyAirSeries(s)));
const years = measure('daily → air-days figures (GB 3095, HJ 663, HJ 633)', STATIONS * DAYS, () => days.map((d: DailyAirRow[]) => airDaysSummary(d)));
const total = Number(process.hrtime.bigint() - t0) / 1e9;
rows.push(['total: hourly → air-days figures (the goal)', String(STATIONS * HOURS), total.toFixed(3), Math.round((STATIONS * HOURS) / total).toLocaleString('en-US'), mb().toFixed(0)]);

const widths = [50, 10, 9, 13, 14];
const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' ');
console.log(line(['case', 'n', 'seconds', 'rows/s', 'peak RSS MB']));
for (const r of rows) console.log(line(r));
const rates = years.map((y) => Number(y[0].compliance.complianceRate));
const share = years.map((y) => Number(y[0].aqi.goodDayShare));
const met = total <= 0.3 && mb() <= 300;
console.log(
  `\n${STATIONS} stations, ${DAYS} days; 达标率 ${Math.min(...rates)}–${Math.max(...rates)} %, 优良天数比例 ${Math.min(...share)}–${Math.max(...share)} %; ` +
    `goal ≤ 0.3 s and ≤ 300 MB: ${met ? 'met' : 'NOT met'}`,
);
