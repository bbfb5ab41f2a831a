import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, parseCsv, readLabResults } from '../../domain/monitoring/labResults/index.js';
import { PlanItemInput } from '../monitoring/planSchemas.js';
import { DEMO_LAB_FILE, DEMO_LAB_SEED, demoLabCsv, demoLabRows } from './qidongLabResults.js';
import { DEMO_PLAN, DEMO_PLAN_YEAR } from './qidongPlan.js';
import { DEMO_PLAN_POINTS, ILLUSTRATIVE_COORDINATES } from './qidongPlanPoints.js';

describe('the demo park’s 2024 monitoring plan and its synthetic lab results', () => {
  it('has table 3’s eight rows (three air, two surface water, groundwater, noise, soil), each naming demo points', () => {
    expect(DEMO_PLAN.map((r) => r.medium)).toEqual(['air', 'air', 'air', 'surfaceWater', 'surfaceWater', 'groundwater', 'noise', 'soil']);
    const names = new Set(DEMO_PLAN_POINTS.map((p) => p.name));
    expect(names.size).toBe(DEMO_PLAN_POINTS.length);
    expect(DEMO_PLAN.flatMap((r) => r.points).sort()).toEqual([...names].sort());
    for (const { points, ...row } of DEMO_PLAN) {
      expect(PlanItemInput.safeParse({ ...row, year: DEMO_PLAN_YEAR, pointIds: points.map((_, i) => i + 1) }).success).toBe(true);
    }
    for (const p of DEMO_PLAN_POINTS) expect(p.note).toContain(ILLUSTRATIVE_COORDINATES);
  });

  it('generates the same rows from the same seed, and others from another', () => {
    expect(demoLabRows()).toEqual(demoLabRows(DEMO_LAB_SEED));
    expect(demoLabRows(1)).not.toEqual(demoLabRows());
    expect(DEMO_LAB_FILE).toContain('模拟数据');
  });

  it('has one result per point, campaign day and item of the plan', () => {
    // Air: 4 points × 10 days (two campaigns of 5) × 7 items = 280; the wastewater plant 1 × 10 × 4 = 40;
    // surface water 3 × 2 × 20 = 120; groundwater 2 × 1 × 16 = 32; noise 3 × 2 × 2 = 12; soil 5 × 1 × 6 = 30. 514 in all.
    const rows = demoLabRows();
    expect(rows).toHaveLength(514);
    const count = (point: string) => rows.filter((r) => r[0] === point).length;
    expect([count('上风向1000m'), count('工业污水处理厂'), count('排口下游1000m'), count('白河安置小区1号井'), count('公租房A区噪声点'), count('白河安置小区土壤')]).toEqual([70, 40, 40, 16, 4, 6]);
  });

  it('reads as a valid lab file through the lab-results reader', () => {
    const results = readLabResults(DEMO_LAB_FILE, [{ rows: parseCsv(decodeCsvBytes(demoLabCsv())) }]);
    expect(results).toHaveLength(514);
    expect(new Set(results.map((r) => r.date.slice(0, 4)))).toEqual(new Set(['2024']));
  });
});
