import { describe, expect, it } from 'vitest';
import { StandardInputError } from '../StandardInputError.js';
import { realtimeAqi } from './realtimeAqi.js';

const iaqis = (r: ReturnType<typeof realtimeAqi>) => Object.fromEntries(r.subIndices.map((s) => [s.indicator, s.iaqi]));

// standards.md §1.9, real-time AQI H1–H4.
describe('realtimeAqi — vectors H1–H4', () => {
  it('H1 (2026): PM 1-hour on the daily columns → 114, PM2.5, 轻度污染', () => {
    const r = realtimeAqi({ pm25: 75, pm10: 150, so2: 12, no2: 60, co: 0.9, o3: 180 }, { version: '2026' });
    expect(iaqis(r)).toEqual({ pm25_1h: 114, pm10_1h: 112, so2_1h: 4, no2_1h: 30, co_1h: 9, o3_1h: 75 });
    expect([r.aqi, r.primaryPollutants, r.category?.name]).toEqual([114, ['pm25_1h'], '轻度污染']);
  });

  it('H2 (2026): SO2 1-hour 900 → 200, SO2, 中度污染', () => {
    const r = realtimeAqi({ pm25: 20, pm10: 40, so2: 900, no2: 30, co: 0.5, o3: 80 }, { version: '2026' });
    expect(r.subIndices.find((s) => s.indicator === 'so2_1h')?.iaqi).toBe(200);
    expect([r.aqi, r.primaryPollutants, r.category?.name]).toEqual([200, ['so2_1h'], '中度污染']);
  });

  it('H3 (2012): 7 sub-indices incl. O3 8-hour and PM 24-hour moving means → 94, PM2.5, 良 [INTERPRETATION]', () => {
    const r = realtimeAqi(
      { so2: 12, no2: 60, co: 0.9, o3: 180, o3_8h: 150, pm25_24h: 70, pm10_24h: 110, pm25: 88, pm10: 130 },
      { version: '2012' },
    );
    expect(iaqis(r)).toEqual({ so2_1h: 4, no2_1h: 30, co_1h: 9, o3_1h: 75, o3_8h: 92, pm25_24h: 94, pm10_24h: 80, pm25_1h: null, pm10_1h: null });
    expect(r.subIndices.find((s) => s.indicator === 'pm25_1h')?.concentration).toBe('88');
    expect([r.aqi, r.primaryPollutants, r.category?.name]).toEqual([94, ['pm25_24h'], '良']);
  });

  it('H4 (2012): SO2 1-hour 900 takes the SO2 24-hour sub-index (300 → 124), SO2, 轻度污染 [INTERPRETATION]', () => {
    const r = realtimeAqi(
      { so2: 900, so2_24h: 300, no2: 20, co: 0.4, o3: 50, o3_8h: 40, pm25_24h: 20, pm10_24h: 30 },
      { version: '2012' },
    );
    const so2 = r.subIndices.find((s) => s.indicator === 'so2_1h');
    expect(so2?.iaqi).toBeNull();
    expect(so2?.note).toContain('按24小时');
    expect(r.subIndices.find((s) => s.indicator === 'so2_24h')?.iaqi).toBe(124);
    expect([r.aqi, r.primaryPollutants, r.category?.name]).toEqual([124, ['so2_24h'], '轻度污染']);
  });
});

describe('realtimeAqi — rules and bad input', () => {
  it('2012: SO2 1-hour above 800 without a 24-hour mean → SO2 NA, no AQI', () => {
    const r = realtimeAqi({ so2: 900, no2: 20, co: 0.4, o3: 50, o3_8h: 40, pm25_24h: 20, pm10_24h: 30 }, { version: '2012' });
    expect(r.missing).toEqual(['so2_24h']);
    expect(r.aqi).toBeNull();
  });

  it('2012: the moving means are required', () => {
    expect(() => realtimeAqi({ so2: 12, no2: 60, co: 0.9, o3: 180 }, { version: '2012' })).toThrow('o3_8h 的值"（缺少）"无效');
  });

  it('2026: PM 1-hour means are required, negatives refused', () => {
    expect(() => realtimeAqi({ so2: 12, no2: 60, co: 0.9, o3: 180, pm10: 40 }, { version: '2026' })).toThrow(StandardInputError);
    expect(() => realtimeAqi({ so2: -3, no2: 60, co: 0.9, o3: 180, pm10: 40, pm25: 20 }, { version: '2026' })).toThrow('so2 的值"-3"无效');
  });
});
