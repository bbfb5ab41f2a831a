// Annual AQI of a park network: 100 stations × a leap year (2024) of hourly data → daily values, daily AQI and
// HJ 663 annual statistics, as `parkeco std aqi-series` computes them. Run: npx tsx bench/annualAqi.ts
// Goal (issue 4): ≤ 1 s on one core, ≤ 500 MB peak RSS.
import { annualAirSummary, dailyAirSeries, type DailyAirRow } from '../src/domain/standards/index.js';
import { DAYS, HOURS, peakMb, stageTable, station, STATIONS } from './_lib/airNetwork.js';

const table = stageTable(44);

const network = table.measure('generate hourly data (not part of the goal)', STATIONS * HOURS, () =>
  Array.from({ length: STATIONS }, (_, i) => station(20240101 + i)),
);
const t0 = process.hrtime.bigint();
const days = table.measure('hourly → daily values + daily AQI', STATIONS * HOURS, () => network.map((s) => dailyAirSeries(s)));
const years = table.measure('daily → annual statistics (HJ 663)', STATIONS * DAYS, () => days.map((d: DailyAirRow[]) => annualAirSummary(d)));
const total = Number(process.hrtime.bigint() - t0) / 1e9;
table.row('total: hourly → annual (the goal)', STATIONS * HOURS, total);

table.print();
const share = years.map((y) => Number(y[0].aqi.goodDayShare));
console.log(`\n${STATIONS} stations, ${DAYS} days; 优良天数比例 ${Math.min(...share)}–${Math.max(...share)} %; goal ≤ 1 s and ≤ 500 MB: ${total <= 1 && peakMb() <= 500 ? 'met' : 'NOT met'}`);
