import { describe, expect, it } from 'vitest';
import { METRES_PER_DEGREE_LAT, plotFrame, scaleBar } from './plotFrame.js';

// The demo park's micro-stations (seed 000, 表6), decimal degrees.
const SEED = [
  { lon: 112.216111, lat: 26.569167 },
  { lon: 112.198889, lat: 26.558889 },
  { lon: 112.205, lat: 26.570833 },
];

describe('plotFrame', () => {
  it('keeps a metre east as long as a metre north on screen', () => {
    const f = plotFrame(SEED, 800, 400);
    const midLat = (26.558889 + 26.570833) / 2;
    const eastMPerPx = ((f.lonMax - f.lonMin) * Math.cos((midLat * Math.PI) / 180) * METRES_PER_DEGREE_LAT) / 800;
    const northMPerPx = ((f.latMax - f.latMin) * METRES_PER_DEGREE_LAT) / 400;
    expect(eastMPerPx).toBeCloseTo(northMPerPx, 9);
    expect(f.metresPerPx).toBeCloseTo(northMPerPx, 9);
  });

  it('contains every point with a margin', () => {
    const f = plotFrame(SEED, 500, 500);
    for (const p of SEED) {
      expect(p.lon).toBeGreaterThan(f.lonMin);
      expect(p.lon).toBeLessThan(f.lonMax);
      expect(p.lat).toBeGreaterThan(f.latMin);
      expect(p.lat).toBeLessThan(f.latMax);
    }
  });

  it('shows at least a kilometre around a single point', () => {
    const f = plotFrame([SEED[0]], 400, 400);
    expect((f.latMax - f.latMin) * METRES_PER_DEGREE_LAT).toBeCloseTo(1000, 6);
  });
});

describe('scaleBar', () => {
  it('picks the longest round length that fits', () => {
    expect(scaleBar(2, 150)).toEqual({ metres: 200, px: 100, label: '200 米' });
    expect(scaleBar(10, 150)).toEqual({ metres: 1000, px: 100, label: '1 千米' });
  });
});
