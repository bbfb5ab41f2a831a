import { describe, expect, it } from 'vitest';
import { PointInput } from '../monitoring/pointSchemas.js';
import { DEMO_POINTS } from './qidongPoints.js';
import { DEMO_STATIONS } from './qidongStations.js';

describe('the demo park’s monitoring points', () => {
  it('are table 6’s three micro-stations, in its order, each linked to one of the demo’s air stations AIR001–AIR003', () => {
    expect(DEMO_POINTS.map((p) => [p.name, p.role])).toEqual([
      ['张家岭路', 'inside'],
      ['美皇制衣', 'downwind'],
      ['成章学校', 'upwind'],
    ]);
    const air = DEMO_STATIONS.filter((s) => s.systemCode === '22').map((s) => s.mn);
    expect(DEMO_POINTS.map((p) => p.stationMn)).toEqual(air);
  });

  it('are valid point input, their printed coordinates read as hand-computed decimals', () => {
    // 112°12′58″ = 112.216111, 26°34′9″ = 26.569167; 112°11′56″ = 112.198889, 26°33′32″ = 26.558889;
    // 112°12′18″ = 112.205, 26°34′15″ = 26.570833 (see src/domain/geo/parseCoordinate.test.ts).
    const parsed = DEMO_POINTS.map(({ stationMn: _m, ...p }) => PointInput.parse({ ...p, stationId: 1 }));
    expect(parsed.map((p) => [p.longitude, p.latitude])).toEqual([
      ['112.216111', '26.569167'],
      ['112.198889', '26.558889'],
      ['112.205000', '26.570833'],
    ]);
    for (const p of parsed) {
      expect(p).toMatchObject({ kind: 'micro_station', standardCode: 'GB3095', standardClass: '二级', items: ['二氧化硫', '氮氧化物', '臭氧', '一氧化碳', 'PM2.5', 'PM10'] });
    }
  });
});
