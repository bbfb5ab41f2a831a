// A park network's year of hourly air data for the air benchmarks, and their table of timed stages.
import type { AqiPollutant, HourlySeries } from '../../src/domain/standards/index.js';
import { mulberry32 as random } from '../../src/services/demo/simulatedAirYear.js';

export const STATIONS = 100;
/** 2024, a leap year. */
export const DAYS = 366;
export const HOURS = DAYS * 24;

/** One station: diurnal O3, seasonal PM, CO with one decimal, ~2 % missing hours and a few outage days. */
export function station(seed: number): HourlySeries {
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

/** Peak resident memory so far, MB. */
export const peakMb = () => process.resourceUsage().maxRSS / 1024;

/** Timed stages, printed as one table: name, values handled, seconds, values per second, peak RSS. */
export function stageTable(nameWidth: number) {
  const rows: string[][] = [];
  const row = (name: string, n: number, seconds: number) =>
    rows.push([name, String(n), seconds.toFixed(3), Math.round(n / seconds).toLocaleString('en-US'), peakMb().toFixed(0)]);
  return {
    measure<T>(name: string, n: number, fn: () => T): T {
      const t0 = process.hrtime.bigint();
      const result = fn();
      row(name, n, Number(process.hrtime.bigint() - t0) / 1e9);
      return result;
    },
    row,
    print() {
      const widths = [nameWidth, 10, 9, 13, 14];
      const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' ');
      console.log(line(['case', 'n', 'seconds', 'rows/s', 'peak RSS MB']));
      for (const r of rows) console.log(line(r));
    },
  };
}
