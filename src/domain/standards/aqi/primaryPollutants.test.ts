import { describe, expect, it } from 'vitest';
import { StandardInputError } from '../StandardInputError.js';
import { primaryPollutants } from './primaryPollutants.js';

describe('primaryPollutants — standards.md §1.5', () => {
  it('no primary pollutant at AQI ≤ 50', () => {
    expect(primaryPollutants([{ indicator: 'pm25_24h', iaqi: 50 }, { indicator: 'o3_8h', iaqi: 50 }])).toEqual([]);
  });

  it('the pollutant with the maximum sub-index above 50', () => {
    expect(primaryPollutants([{ indicator: 'pm25_24h', iaqi: 51 }, { indicator: 'o3_8h', iaqi: 50 }])).toEqual(['pm25_24h']);
  });

  it('lists ties (并列) in input order and skips NA', () => {
    expect(
      primaryPollutants([
        { indicator: 'so2_24h', iaqi: null },
        { indicator: 'pm25_24h', iaqi: 100 },
        { indicator: 'pm10_24h', iaqi: 100 },
      ]),
    ).toEqual(['pm25_24h', 'pm10_24h']);
  });

  it('an empty list has none', () => {
    expect(primaryPollutants([])).toEqual([]);
  });

  it('refuses a sub-index that is not an integer 0–500, naming its position', () => {
    expect(() => primaryPollutants([{ indicator: 'pm25_24h', iaqi: 60 }, { indicator: 'o3_8h', iaqi: Number.NaN }])).toThrow(
      'subIndices[1].iaqi 的值"NaN"无效',
    );
    expect(() => primaryPollutants([{ indicator: 'pm25_24h', iaqi: 50.5 }])).toThrow(StandardInputError);
  });
});
