import type { AqiPollutant } from '../../domain/standards/index.js';

/** Deterministic PRNG (mulberry32): the same seed gives the same numbers on every machine. */
export function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal number from two uniform ones (Box–Muller). */
const normal = (next: () => number) => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());

/** One simulated hour: the six pollutants (µg/m³, CO mg/m³ with one decimal), or null for an hour the logger did not send. */
export interface SimulatedHour {
  values: Record<AqiPollutant, number>;
  /** HJ 212 data flag: N normal, C calibration (not valid). */
  flag: 'N' | 'C';
}

/** How one station differs from the county's weather: its level of pollution and its own seed. */
export interface SimulatedStation {
  seed: number;
  /** Multiplies particulate and NO2 levels: a station near a road reads higher. */
  level: number;
}

const daysIn = (year: number) => ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 366 : 365);

/**
 * @summary A reproducible year of hourly ambient-air values for a few stations of a Hunan county (模拟数据).
 *
 * @description The stations share the county's weather: a daily AR(1) stagnation index (persistence 0.8), so dirty
 * days come in spells and are dirty at every station, as they are in the Hengyang basin. Particulates peak in
 * January (PM2.5 about 40 µg/m³ over the year, some winter days above the 75 µg/m³ 24-hour limit) and O3 in late
 * summer afternoons; NO2 and CO follow traffic peaks at 8 and 19 h. About 1 % of hours are missing, one morning in
 * about 60 days is an outage, and 0.5 % of hours are calibrations (flag C). Nothing here is measured: the
 * numbers are chosen to look like the county's published levels so the demo's evaluation has realistic shape.
 *
 * @param year - the calendar year (Asia/Shanghai days)
 * @param stations - one entry per station
 * @param countySeed - the county weather's seed
 * @returns per station, one entry per hour of the year from 1 January 00–01 h; null = not sent
 *
 * @example
 * simulatedAirYear(2024, [{ seed: 1, level: 1 }], 2024)[0].length //=> 8784
 */
export function simulatedAirYear(year: number, stations: readonly SimulatedStation[], countySeed: number): (SimulatedHour | null)[][] {
  const days = daysIn(year);
  const county = mulberry32(countySeed);
  const stagnation: number[] = [];
  let w = 0;
  for (let d = 0; d < days; d++) {
    w = 0.8 * w + 0.6 * normal(county);
    stagnation.push(w);
  }
  return stations.map(({ seed, level }) => {
    const next = mulberry32(seed * 7919 + year);
    const outageEvery = 55 + Math.floor(next() * 10);
    const out: (SimulatedHour | null)[] = [];
    for (let d = 0; d < days; d++) {
      const winter = Math.cos((2 * Math.PI * (d - 15)) / days); // 1 in mid-January, −1 in mid-July
      const summer = Math.cos((2 * Math.PI * (d - 220)) / days); // 1 in early August
      const dirty = Math.exp(0.34 * (stagnation[d] + 0.25 * normal(next)));
      const pm25Day = 38 * level * (1 + 0.42 * winter) * dirty;
      const outage = d % outageEvery === seed % outageEvery;
      for (let h = 0; h < 24; h++) {
        if ((outage && h < 7) || next() < 0.01) {
          out.push(null);
          continue;
        }
        const traffic = Math.exp(-((h - 8) ** 2) / 6) + Math.exp(-((h - 19) ** 2) / 8);
        const sun = Math.max(0, Math.sin((Math.PI * (h - 7)) / 13));
        const pm25 = pm25Day * (0.9 + 0.25 * traffic) * (0.9 + 0.2 * next());
        const o3 = (22 + 26 * summer) / Math.sqrt(dirty) + (70 + 45 * summer) * sun * (0.85 + 0.3 * next()) + 6 * next();
        out.push({
          flag: next() < 0.005 ? 'C' : 'N',
          values: {
            pm25: Math.round(pm25),
            pm10: Math.round(pm25 * (1.5 + 0.25 * next())),
            so2: Math.round((7 + 3 * winter) * (0.8 + 0.4 * next()) + 2 * traffic),
            no2: Math.round(level * (16 + 6 * winter) * Math.sqrt(dirty) * (0.85 + 0.3 * next()) + 12 * traffic),
            co: Math.round((0.55 + 0.2 * winter + 0.15 * (dirty - 1) + 0.25 * traffic) * (0.9 + 0.2 * next()) * 10) / 10,
            o3: Math.max(2, Math.round(o3)),
          },
        });
      }
    }
    return out;
  });
}
