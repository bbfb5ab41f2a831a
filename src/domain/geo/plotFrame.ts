/**
 * The frame of the points' plot so that a metre east is as long on screen as a metre north: at latitude φ a degree
 * of longitude is cos φ times as long on the ground as a degree of latitude, so the longitude axis spans 1/cos φ
 * times the degrees the latitude axis spans per pixel. No map projection beyond that: a park is a few kilometres.
 */

/** Metres in one degree of latitude (mean Earth radius 6,371 km: π × 6,371,000 / 180). */
export const METRES_PER_DEGREE_LAT = 111_195;

export interface PlotFrame {
  lonMin: number;
  lonMax: number;
  latMin: number;
  latMax: number;
  /** Ground metres per screen pixel, the same on both axes. */
  metresPerPx: number;
}

/**
 * Axis ranges for points in a grid of `gridW` × `gridH` pixels: centred on the points, with a margin, at least
 * `minSpanM` metres across (one point alone still shows its surroundings).
 */
export function plotFrame(points: { lon: number; lat: number }[], gridW: number, gridH: number, minSpanM = 1000): PlotFrame {
  const lons = points.map((p) => p.lon);
  const lats = points.map((p) => p.lat);
  const [lonLo, lonHi, latLo, latHi] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const midLat = (latLo + latHi) / 2;
  const cos = Math.cos((midLat * Math.PI) / 180);
  // Ground extent in metres, with 20 % margin on each side for labels.
  const eastM = Math.max((lonHi - lonLo) * cos * METRES_PER_DEGREE_LAT * 1.4, minSpanM);
  const northM = Math.max((latHi - latLo) * METRES_PER_DEGREE_LAT * 1.4, minSpanM);
  const metresPerPx = Math.max(eastM / gridW, northM / gridH);
  const lonRange = (gridW * metresPerPx) / (cos * METRES_PER_DEGREE_LAT);
  const latRange = (gridH * metresPerPx) / METRES_PER_DEGREE_LAT;
  const [cLon, cLat] = [(lonLo + lonHi) / 2, midLat];
  return { lonMin: cLon - lonRange / 2, lonMax: cLon + lonRange / 2, latMin: cLat - latRange / 2, latMax: cLat + latRange / 2, metresPerPx };
}

/** A round length for the scale bar, at most `maxPx` pixels long: 50 m, 100 m, 200 m, 500 m, 1 km … */
export function scaleBar(metresPerPx: number, maxPx: number): { metres: number; px: number; label: string } {
  const steps = [10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000, 200_000, 500_000];
  const metres = [...steps].reverse().find((m) => m / metresPerPx <= maxPx) ?? steps[0];
  return { metres, px: metres / metresPerPx, label: metres >= 1000 ? `${metres / 1000} 千米` : `${metres} 米` };
}
