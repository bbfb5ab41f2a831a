// Air-quality year of a park network: 100 stations × a leap year (2024) of hourly data → for every station the
// figures of `parkeco std air-days` (issue 10 item 4): daily values and daily AQI, monitoring and compliance days
// against GB 3095, per-factor exceedance days and largest 超标倍数, 优良天数, HJ 663 annual means and percentiles,
// and the year-on-year clauses. In-process. Run: npx tsx bench/airDays.ts
// Goal (issue 10 item 9): ≤ 0.3 s and ≤ 300 MB peak RSS.
import { airDaysSummary, dailyAirSeries, type DailyAirRow } from '../src/domain/standards/index.js';
import { DAYS, HOURS, peakMb, stageTable, station, STATIONS } from './_lib/airNetwork.js';

const table = stageTable(50);

const network = table.measure('generate hourly data (not part of the goal)', STATIONS * HOURS, () =>
  Array.from({ length: STATIONS }, (_, i) => station(20240101 + i)),
);
const t0 = process.hrtime.bigint();
const days = table.measure('hourly → daily values + daily AQI', STATIONS * HOURS, () => network.map((s) => dailyAirSeries(s)));
const years = table.measure('daily → air-days figures (GB 3095, HJ 663, HJ 633)', STATIONS * DAYS, () => days.map((d: DailyAirRow[]) => airDaysSummary(d)));
const total = Number(process.hrtime.bigint() - t0) / 1e9;
table.row('total: hourly → air-days figures (the goal)', STATIONS * HOURS, total);

table.print();
const rates = years.map((y) => Number(y[0].compliance.complianceRate));
const share = years.map((y) => Number(y[0].aqi.goodDayShare));
const met = total <= 0.3 && peakMb() <= 300;
console.log(
  `\n${STATIONS} stations, ${DAYS} days; 达标率 ${Math.min(...rates)}–${Math.max(...rates)} %, 优良天数比例 ${Math.min(...share)}–${Math.max(...share)} %; ` +
    `goal ≤ 0.3 s and ≤ 300 MB: ${met ? 'met' : 'NOT met'}`,
);
