// Air-quality year of a park network: 100 stations × a leap year (2024) of hourly data → for every station the
// figures of `parkeco std air-days` (issue 10 item 4): daily values and daily AQI, monitoring and compliance days
// against GB 3095, per-factor exceedance days and largest 超标倍数, 优良天数, HJ 663 annual means and percentiles,
// and the year-on-year clauses. In-process. Run: npx tsx bench/airDays.ts
// Goal (issue 10 item 9): ≤ 0.3 s and ≤ 300 MB peak RSS.
//
// Stations are evaluated one at a time, as a service does: a station's daily rows are dropped once its figures are
// made, so only the figures of the 100 stations stay. The pass runs RUNS times; the first (with the JIT still cold)
// and the median are printed, and the goal is judged on the first.
import { airDaysSummary, dailyAirSeries, type AirDaysYear } from '../src/domain/standards/index.js';
import { DAYS, HOURS, peakMb, stageTable, station, STATIONS } from './_lib/airNetwork.js';

const RUNS = 5;
const table = stageTable(50);

const network = table.measure('generate hourly data (not part of the goal)', STATIONS * HOURS, () =>
  Array.from({ length: STATIONS }, (_, i) => station(20240101 + i)),
);

/** One pass over the network: the figures, and the seconds spent in each stage and in all. */
function run(): { years: AirDaysYear[][]; daily: number; summary: number; total: number } {
  const now = () => Number(process.hrtime.bigint()) / 1e9;
  let daily = 0;
  let summary = 0;
  const t0 = now();
  const years = network.map((s) => {
    const t1 = now();
    const rows = dailyAirSeries(s);
    const t2 = now();
    const figures = airDaysSummary(rows);
    summary += now() - t2;
    daily += t2 - t1;
    return figures;
  });
  return { years, daily, summary, total: now() - t0 };
}

const runs = Array.from({ length: RUNS }, run);
const median = (seconds: (r: (typeof runs)[number]) => number) => runs.map(seconds).sort((a, b) => a - b)[(RUNS - 1) >> 1];
const [first] = runs;
table.row('hourly → daily values + daily AQI, first run', STATIONS * HOURS, first.daily);
table.row('daily → air-days figures (GB 3095, HJ 663, HJ 633)', STATIONS * DAYS, first.summary);
table.row('total: hourly → air-days figures, first run (goal)', STATIONS * HOURS, first.total);
table.row(`total: median of ${RUNS} runs`, STATIONS * HOURS, median((r) => r.total));

table.print();
const rates = first.years.map((y) => Number(y[0].compliance.complianceRate));
const share = first.years.map((y) => Number(y[0].aqi.goodDayShare));
const met = first.total <= 0.3 && peakMb() <= 300;
console.log(
  `\n${STATIONS} stations, ${DAYS} days; 达标率 ${Math.min(...rates)}–${Math.max(...rates)} %, 优良天数比例 ${Math.min(...share)}–${Math.max(...share)} %; ` +
    `goal ≤ 0.3 s and ≤ 300 MB: ${met ? 'met' : 'NOT met'}`,
);
