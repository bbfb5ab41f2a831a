import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { airDaysSummary } from './airDaysSummary.js';
import { dailyAirSeries } from './dailyAirSeries.js';

type Hourly = Record<'so2' | 'no2' | 'co' | 'o3' | 'pm10' | 'pm25', (number | null)[]>;

/** Deterministic PRNG (mulberry32). */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A station's hourly data over `days` days: seasonal PM, diurnal O3, values with 0–2 decimals (exact halves
 * included), ~`gaps` of hours missing with whole missing stretches, and polluted spells exceeding on several factors.
 */
function generatedStation(seed: number, days: number, gaps: number): Hourly {
  const next = random(seed);
  const hourly: Hourly = { so2: [], no2: [], co: [], o3: [], pm10: [], pm25: [] };
  const decimals = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;
  for (let h = 0; h < days * 24; h++) {
    const day = Math.floor(h / 24);
    const hour = h % 24;
    const winter = 1 + 0.8 * Math.cos((2 * Math.PI * day) / 365);
    const spell = day % 37 < 4 ? 3 : 1;
    const outage = day % 29 === seed % 29 && hour >= 6 && hour < 6 + (seed % 19);
    const value = (v: number) => (outage || next() < gaps ? null : decimals(v, Math.floor(next() * 3)));
    const pm25 = winter * spell * (8 + next() * 40);
    hourly.pm25.push(value(pm25));
    hourly.pm10.push(value(pm25 * (1.4 + next() * 0.6)));
    hourly.so2.push(value((3 + next() * 20) * spell));
    hourly.no2.push(value((10 + next() * 60) * spell));
    hourly.co.push(value((0.3 + next() * 1.5 * winter) * spell));
    hourly.o3.push(value((1.5 - 0.5 * winter) * (20 + 120 * Math.max(0, Math.sin((Math.PI * (hour - 6)) / 14))) * spell + next() * 20));
  }
  return hourly;
}

const CASES = [
  { seed: 1, firstDay: '2025-06-01', days: 400, gaps: 0.02, zoneClass: 2 },
  { seed: 2, firstDay: '2024-01-01', days: 366, gaps: 0.1, zoneClass: 2 },
  { seed: 3, firstDay: '2026-01-15', days: 200, gaps: 0.02, zoneClass: 1 },
  { seed: 4, firstDay: '2023-03-01', days: 500, gaps: 0.3, zoneClass: 2 },
  { seed: 5, firstDay: '2024-01-01', days: 731, gaps: 0.005, zoneClass: 2 },
] as const;

describe('dailyAirSeries + airDaysSummary — the fast paths give the figures of the decimal-checked implementation', () => {
  it('on five generated stations (editions changing within a year, invalid days and years, exceedances), every partial-day rule', () => {
    const out = CASES.map((c) => {
      const rows = dailyAirSeries({ firstDay: c.firstDay, hourly: generatedStation(c.seed, c.days, c.gaps) }, { zoneClass: c.zoneClass });
      return {
        rows,
        years: (['exceedingCounts', 'excluded', 'validFactorsDecide'] as const).map((partialDay) => airDaysSummary(rows, { zoneClass: c.zoneClass, partialDay })),
      };
    });
    // SHA-256 of the JSON of `out` as computed before the typed-array paths (commit 1cdfef4: per-day objects, sorted
    // percentiles, maps of the year's days); a change here is a change of figures.
    expect(createHash('sha256').update(JSON.stringify(out)).digest('hex')).toBe('87535b83c004cf179dd37b70cead13c30f4acd3062fd8bf663d7ed31b0ab647d');
  });
});
