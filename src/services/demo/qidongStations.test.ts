import { describe, expect, it } from 'vitest';
import { StationInput } from '../monitoring/stations.js';
import { DEMO_STATIONS } from './qidongStations.js';

describe('the demo park’s monitoring stations', () => {
  it('are the report’s three air stations and the sewage works’ outlet, each valid station input with its own MN', () => {
    expect(DEMO_STATIONS.filter((s) => s.systemCode === '22')).toHaveLength(3);
    expect(DEMO_STATIONS.filter((s) => s.systemCode === '32').map((s) => s.name)).toEqual(['归阳镇污水处理厂总排口在线监测']);
    for (const s of DEMO_STATIONS) expect(StationInput.safeParse(s).success).toBe(true);
    expect(new Set(DEMO_STATIONS.map((s) => s.mn)).size).toBe(DEMO_STATIONS.length);
  });

  it('limit the outlet to GB 18918-2002 表1 一级B: COD 60, NH3-N 8 (above 12 ℃), TP 1 (built after 2005), pH 6–9', () => {
    const outlet = DEMO_STATIONS.find((s) => s.systemCode === '32')!;
    expect(outlet.limits).toEqual([
      { factorCode: 'w01018', upper: '60', lower: null },
      { factorCode: 'w21003', upper: '8', lower: null },
      { factorCode: 'w21011', upper: '1', lower: null },
      { factorCode: 'w01001', upper: '9', lower: '6' },
    ]);
  });
});
