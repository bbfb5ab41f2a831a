import { describe, expect, it } from 'vitest';
import { airDaysSummary, dailyAirSeries, type AqiPollutant } from '../../domain/standards/index.js';
import { countySeed, SIMULATED_STATIONS as STATIONS } from './seedDemoAirData.js';
import { simulatedAirYear } from './simulatedAirYear.js';

const POLLUTANTS: AqiPollutant[] = ['so2', 'no2', 'co', 'o3', 'pm10', 'pm25'];

describe('simulatedAirYear', () => {
  it('gives one entry per hour of the year (2024 a leap year), the same for the same seeds', () => {
    const a = simulatedAirYear(2024, STATIONS, 7);
    expect(a.map((s) => s.length)).toEqual([8784, 8784, 8784]);
    expect(simulatedAirYear(2023, STATIONS.slice(0, 1), 7)[0]).toHaveLength(8760);
    expect(simulatedAirYear(2024, STATIONS, 7)).toEqual(a);
    expect(simulatedAirYear(2024, STATIONS, 8)).not.toEqual(a);
  });

  it('looks like a Hunan county with the demo seeds (issue 10 item 8): PM2.5 annual mean 30–45 µg/m³, compliance 90–97 % as in seed 000 table 6', () => {
    for (const year of [2023, 2024]) {
      for (const hours of simulatedAirYear(year, STATIONS, countySeed(year))) {
        const hourly = Object.fromEntries(POLLUTANTS.map((p) => [p, hours.map((h) => (h && h.flag === 'N' ? h.values[p] : null))])) as Record<AqiPollutant, (number | null)[]>;
        const [y] = airDaysSummary(dailyAirSeries({ firstDay: `${year}-01-01`, hourly }));
        const pm25 = Number(y.pollutants.find((p) => p.pollutant === 'pm25')?.mean);
        expect(pm25).toBeGreaterThanOrEqual(30);
        expect(pm25).toBeLessThanOrEqual(45);
        expect(Number(y.compliance.complianceRate)).toBeGreaterThanOrEqual(90);
        expect(Number(y.compliance.complianceRate)).toBeLessThanOrEqual(97);
        expect(y.compliance.exceedingDays).toBeGreaterThan(0);
      }
    }
  });
});
