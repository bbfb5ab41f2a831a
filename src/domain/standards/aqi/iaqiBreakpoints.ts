import type { AqiVersion, BreakpointColumn } from './types.js';

/**
 * IAQI values of the breakpoint rows: concentration `BP[i]` of a column has sub-index `IAQI_LEVELS[i]`.
 * Source: HJ 633-2012 表1, HJ 633-2026 表3 (standards.md §1.1, CONFIRMED).
 */
export const IAQI_LEVELS = [0, 50, 100, 150, 200, 300, 400, 500] as const;

/**
 * Concentration breakpoints per column, µg/m³ (CO mg/m³). A column stops where the standard leaves the cell
 * empty: SO2 1-hour above 800 and O3 8-hour above 800 are special rules (see `hj633Editions.ts`).
 * Every breakpoint is an integer, so the IAQI formula runs in exact integers (standards.md §1.2).
 *
 * Diff 2012 → 2026: only PM10 150 → 120 and PM2.5 75 → 60 at IAQI 100 (CONFIRMED).
 */
export const IAQI_BREAKPOINTS: Record<AqiVersion, Record<BreakpointColumn, readonly number[]>> = {
  // HJ 633-2012 表1 (text layer of the official PDF)
  '2012': {
    so2_24h: [0, 50, 150, 475, 800, 1600, 2100, 2620],
    so2_1h: [0, 150, 500, 650, 800],
    no2_24h: [0, 40, 80, 180, 280, 565, 750, 940],
    no2_1h: [0, 100, 200, 700, 1200, 2340, 3090, 3840],
    pm10_24h: [0, 50, 150, 250, 350, 420, 500, 600],
    co_24h: [0, 2, 4, 14, 24, 36, 48, 60],
    co_1h: [0, 5, 10, 35, 60, 90, 120, 150],
    o3_1h: [0, 160, 200, 300, 400, 800, 1000, 1200],
    o3_8h: [0, 100, 160, 215, 265, 800],
    pm25_24h: [0, 35, 75, 115, 150, 250, 350, 500],
  },
  // HJ 633-2026 表3 (rendered page of the official PDF)
  '2026': {
    so2_24h: [0, 50, 150, 475, 800, 1600, 2100, 2620],
    so2_1h: [0, 150, 500, 650, 800],
    no2_24h: [0, 40, 80, 180, 280, 565, 750, 940],
    no2_1h: [0, 100, 200, 700, 1200, 2340, 3090, 3840],
    pm10_24h: [0, 50, 120, 250, 350, 420, 500, 600],
    co_24h: [0, 2, 4, 14, 24, 36, 48, 60],
    co_1h: [0, 5, 10, 35, 60, 90, 120, 150],
    o3_1h: [0, 160, 200, 300, 400, 800, 1000, 1200],
    o3_8h: [0, 100, 160, 215, 265, 800],
    pm25_24h: [0, 35, 60, 115, 150, 250, 350, 500],
  },
};
