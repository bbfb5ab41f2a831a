import { describe, expect, it } from 'vitest';
import { StandardInputError } from '../StandardInputError.js';
import { airSample } from './airSample.js';

describe('airSample — GB 3095 limits by date and zone class', () => {
  it('PM2.5 24 h 75.4 rounds to 75: meets 75 (2012), exceeds 60 (2026 transition)', () => {
    const a = airSample({ pm25_24h: 75.4 }, { date: '2025-01-01', zoneClass: 2 });
    expect(a.items[0]).toMatchObject({ value: '75', limit: '75', exceeds: false });
    const b = airSample({ pm25_24h: 75.4 }, { date: '2026-03-01', zoneClass: 2 });
    expect(b.items[0]).toMatchObject({ value: '75', limit: '60', exceeds: true, multiple: '0.25' });
    expect(b.standard).toContain('过渡阶段');
  });

  it('several items, CO to 0.1 mg/m³, O3 8-hour, annual means, class 1', () => {
    const r = airSample({ co_24h: 4.05, o3_8h: 101, no2_year: 40 }, { date: '2024-06-01', zoneClass: 1 });
    expect(r.items.map((i) => [i.item, i.value, i.limit, i.exceeds])).toEqual([
      ['co_24h', '4.0', '4', false],
      ['o3_8h', '101', '100', true],
      ['no2_year', '40', '40', false],
    ]);
  });

  it('BaP is compared in full', () => {
    expect(airSample({ bap_24h: 0.0026 }, { date: '2024-06-01', zoneClass: 2 }).items[0]).toMatchObject({ value: '0.0026', exceeds: true });
  });

  it('bad input names the item and value', () => {
    expect(() => airSample({ pm25_8h: 10 }, { date: '2024-06-01', zoneClass: 2 })).toThrow('item 的值"pm25_8h"无效');
    expect(() => airSample({ pm25_24h: -1 }, { date: '2024-06-01', zoneClass: 2 })).toThrow('pm25_24h 的值"-1"无效');
    expect(() => airSample({ pm25_24h: 1 }, { date: '2024-06-01', zoneClass: 3 as never })).toThrow(StandardInputError);
  });
});
