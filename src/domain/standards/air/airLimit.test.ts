import { describe, expect, it } from 'vitest';
import { StandardInputError } from '../StandardInputError.js';
import { airLimit } from './airLimit.js';
import type { AirAveraging, AirPollutant } from './types.js';

const at = (date: string, pollutant: AirPollutant, averaging: AirAveraging, zoneClass: 1 | 2 = 2) =>
  airLimit({ pollutant, averaging, zoneClass, date }).value;

// standards.md §2.2 (表1) — [pollutant, averaging, 2012 c1, c2, 2026 transition c1, c2, 2026 final c1, c2]
const TABLE1: [AirPollutant, AirAveraging, number, number, number, number, number, number][] = [
  ['so2', 'year', 20, 60, 20, 60, 20, 20],
  ['so2', '24h', 50, 150, 50, 150, 50, 50],
  ['so2', '1h', 150, 500, 150, 500, 150, 150],
  ['no2', 'year', 40, 40, 40, 40, 30, 30],
  ['no2', '24h', 80, 80, 80, 80, 50, 50],
  ['no2', '1h', 200, 200, 200, 200, 200, 200],
  ['co', '24h', 4, 4, 4, 4, 4, 4],
  ['co', '1h', 10, 10, 10, 10, 10, 10],
  ['o3', '8h', 100, 160, 100, 160, 100, 160],
  ['o3', '1h', 160, 200, 160, 200, 160, 200],
  ['pm10', 'year', 40, 70, 40, 60, 20, 50],
  ['pm10', '24h', 50, 150, 50, 120, 50, 100],
  ['pm25', 'year', 15, 35, 15, 30, 10, 25],
  ['pm25', '24h', 35, 75, 35, 60, 25, 50],
];

describe('airLimit — GB 3095 表1 by date and zone class', () => {
  it.each(TABLE1)('%s %s', (p, a, c1, c2, t1, t2, f1, f2) => {
    expect([at('2025-12-31', p, a, 1), at('2025-12-31', p, a, 2)]).toEqual([c1, c2]);
    expect([at('2026-03-01', p, a, 1), at('2030-12-31', p, a, 2)]).toEqual([t1, t2]);
    expect([at('2031-01-01', p, a, 1), at('2031-01-01', p, a, 2)]).toEqual([f1, f2]);
  });

  it('switches editions on 2026-03-01 and 2031-01-01', () => {
    expect(at('2026-02-28', 'pm25', '24h')).toBe(75);
    expect(at('2026-03-01', 'pm25', '24h')).toBe(60);
    expect(at('2030-12-31', 'pm25', '24h')).toBe(60);
    expect(at('2031-01-01', 'pm25', '24h')).toBe(50);
  });
});

describe('airLimit — 表2 items', () => {
  it('TSP, Pb, BaP unchanged; NOx transition 50/100, final 40/70', () => {
    expect(at('2024-01-01', 'tsp', '24h', 1)).toBe(120);
    expect(at('2024-01-01', 'pb', 'quarter')).toBe(1);
    expect(at('2024-01-01', 'bap', '24h')).toBe(0.0025);
    expect([at('2024-01-01', 'nox', 'year'), at('2024-01-01', 'nox', '24h')]).toEqual([50, 100]);
    expect([at('2027-01-01', 'nox', 'year'), at('2027-01-01', 'nox', '24h')]).toEqual([50, 100]);
    expect([at('2031-01-01', 'nox', 'year'), at('2031-01-01', 'nox', '24h'), at('2031-01-01', 'nox', '1h')]).toEqual([40, 70, 250]);
  });
});

describe('airLimit — reference state (2018 amendment)', () => {
  it('273 K for everything until 2018-08-31; from 2018-09-01 gases at 298.15 K, particles at actual conditions', () => {
    const q = (pollutant: AirPollutant, date: string) => airLimit({ pollutant, averaging: '24h', zoneClass: 2, date });
    expect(q('so2', '2018-08-31').referenceState).toContain('273 K');
    expect(q('pm25', '2018-08-31').referenceState).toContain('273 K');
    expect(q('so2', '2018-09-01').referenceState).toContain('298.15 K');
    expect(q('pm25', '2018-09-01').referenceState).toContain('实际状态');
    expect(q('so2', '2018-09-01').standard).toContain('2018年修改单');
    expect(q('co', '2026-06-01')).toMatchObject({ unit: 'mg/m³', edition: '2026-transition' });
  });

  it('describes the zone class as the edition does (一类区 wording changed in 2026)', () => {
    const q = (date: string) => airLimit({ pollutant: 'so2', averaging: '24h', zoneClass: 1, date }).zoneDescription;
    expect(q('2024-01-01')).toContain('风景名胜区');
    expect(q('2026-03-01')).toContain('国家公园');
  });

  it('takes an explicit edition', () => {
    expect(airLimit({ pollutant: 'pm25', averaging: 'year', zoneClass: 2, edition: '2026' }).value).toBe(25);
  });
});

describe('airLimit — bad input', () => {
  it('names the field and value', () => {
    expect(() => airLimit({ pollutant: 'pm25', averaging: '8h', zoneClass: 2, date: '2024-01-01' })).toThrow('averaging 的值"8h"无效');
    expect(() => airLimit({ pollutant: 'xx' as never, averaging: '24h', zoneClass: 2, date: '2024-01-01' })).toThrow('pollutant 的值"xx"无效');
    expect(() => airLimit({ pollutant: 'pm25', averaging: '24h', zoneClass: 3 as never, date: '2024-01-01' })).toThrow('zoneClass 的值"3"无效');
    expect(() => airLimit({ pollutant: 'pm25', averaging: '24h', zoneClass: 2, date: '2015-06-01' })).toThrow(StandardInputError);
    expect(() => airLimit({ pollutant: 'pm25', averaging: '24h', zoneClass: 2, edition: '2020' as never })).toThrow('edition 的值"2020"无效');
  });
});
