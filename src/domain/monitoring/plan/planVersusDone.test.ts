import { describe, expect, it } from 'vitest';
import type { PlanItem, PlanSample } from './planItem.js';
import { planVersusDone } from './planVersusDone.js';

const air: PlanItem = { id: 1, campaignsPerYear: 2, frequencyText: '每年监测两期，每次连续监测3-5天，每天1次', pointIds: [10, 11] };
const water: PlanItem = { id: 2, campaignsPerYear: 2, frequencyText: '1次/半年', pointIds: [20] };
const groundwater: PlanItem = { id: 3, campaignsPerYear: 1, frequencyText: '1次/年', pointIds: [30] };

const days = (pointId: number, ...dates: string[]): PlanSample[] => dates.map((date) => ({ pointId, date }));

describe('planVersusDone', () => {
  it('takes five consecutive days as one campaign: two such campaigns fulfil 每年监测两期', () => {
    const samples = [
      ...days(10, '2024-04-08', '2024-04-09', '2024-04-10', '2024-04-11', '2024-04-12'),
      ...days(10, '2024-10-14', '2024-10-15', '2024-10-16'),
      ...days(11, '2024-04-08', '2024-04-09', '2024-04-10'),
    ];
    const [outcome] = planVersusDone([air], samples, 2024);
    expect(outcome!.period).toBe('year');
    expect(outcome!.points.map((p) => [p.pointId, p.planned, p.done, p.status])).toEqual([
      [10, 2, 2, 'done'],
      [11, 2, 1, 'partial'],
    ]);
    expect(outcome!.points[0]!.campaigns.map((c) => [c.start, c.end, c.dates.length])).toEqual([
      ['2024-04-08', '2024-04-12', 5],
      ['2024-10-14', '2024-10-16', 3],
    ]);
    expect(outcome!.status).toBe('partial');
  });

  it('counts 1次/半年 per half year: two campaigns in January are one half year of two', () => {
    const [january] = planVersusDone([water], days(20, '2024-01-05', '2024-01-25'), 2024);
    expect(january!.points[0]).toMatchObject({ planned: 2, done: 1, status: 'partial' });
    expect(january!.points[0]!.campaigns).toHaveLength(2);

    const [bothHalves] = planVersusDone([water], days(20, '2024-06-30', '2024-07-01', '2024-12-31'), 2024);
    // 30 June and 1 July are one campaign, counted in the first half (its first date); 31 December is the second.
    expect(bothHalves!.points[0]).toMatchObject({ done: 2, status: 'done' });
    expect(bothHalves!.status).toBe('done');
  });

  it('counts 29 February of a leap year like any day', () => {
    const [outcome] = planVersusDone([groundwater], days(30, '2024-02-29'), 2024);
    expect(outcome!.points[0]).toMatchObject({ planned: 1, done: 1, status: 'done' });
    // 25 February and 4 March 2024 are 8 days apart (29 February between them): two campaigns of 每年两期.
    const [twice] = planVersusDone([{ ...air, pointIds: [10] }], days(10, '2024-02-25', '2024-03-04'), 2024);
    expect(twice!.points[0]).toMatchObject({ done: 2, status: 'done' });
  });

  it('gives 未落实 with no samples, ignores other years and other points, and an item without points is not done', () => {
    const samples = [...days(30, '2023-06-01', '2025-01-02'), ...days(99, '2024-05-05')];
    const [outcome] = planVersusDone([groundwater], samples, 2024);
    expect(outcome).toEqual({
      itemId: 3,
      period: 'year',
      status: 'notDone',
      points: [{ pointId: 30, planned: 1, done: 0, status: 'notDone', campaigns: [] }],
    });
    expect(planVersusDone([{ ...groundwater, pointIds: [] }], samples, 2024)[0]!.status).toBe('notDone');
  });

  it('counts every campaign of a year, more than planned being done', () => {
    const [outcome] = planVersusDone([groundwater], days(30, '2024-03-01', '2024-09-01'), 2024);
    expect(outcome!.points[0]).toMatchObject({ planned: 1, done: 2, status: 'done' });
  });
});
