import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/services/context.js';
import { createPoint } from '../../src/services/monitoring/points.js';
import { planVersusDoneOfYear } from '../../src/services/monitoring/plan.js';
import { createPark } from '../../src/services/parks/parkProfile.js';
import type { Store } from '../../src/store/client.js';
import { addTestUser, createDemoApp, loginAs, TEST_PASSWORD, type Client } from '../helpers/demoApp.js';
import { storeKinds } from '../helpers/testStore.js';

const P = '/api/parks/S437012';
const B = 'S500101';
const UP = '计划测试上游断面';
const DOWN = '计划测试下游断面';
const section = { kind: 'surface_water', longitude: '112°13′5″', latitude: '26°33′50″', standardCode: 'GB3838', standardClass: 'Ⅲ类' };

/**
 * 2022 samples. Upstream: 1–2 March (one campaign, first half) and 5 September (second half) → 1次/半年 done 2 of 2.
 * Downstream: 5 and 25 January, 20 days apart → two campaigns, both in the first half → done 1 of 2 (部分落实).
 */
const CSV = [
  '点位,采样日期,监测项目,监测结果,单位,检出限',
  `${UP},2022-03-01,氨氮,0.31,mg/L,`,
  `${UP},2022-03-02,氨氮,0.28,mg/L,`,
  `${UP},2022-09-05,氨氮,0.40,mg/L,`,
  `${DOWN},2022-01-05,氨氮,0.52,mg/L,`,
  `${DOWN},2022-01-25,氨氮,0.47,mg/L,`,
].join('\n');

describe.each(await storeKinds())('monitoring plan through the HTTP API on %s', (kind) => {
  let store: Store;
  let app: FastifyInstance;
  let officer: Client;
  let reviewer: Client;
  let officerB: Client;
  let up: number;
  let down: number;
  let bPoint: number;

  const item = () => ({
    year: 2022,
    medium: 'surfaceWater',
    pointsText: '污水处理厂排口上游500m和下游1000m',
    itemsText: 'pH、COD、氨氮',
    frequencyText: '1次/半年',
    standardText: '地表水环境质量标准（GB3838-2002）Ⅲ类标准',
    pointIds: [up, down],
  });
  const changes = async (entityId: number) =>
    ((await store.db.execute(sql`SELECT action, actor FROM change_log WHERE entity = 'monitoring_plan_item' AND entity_id = ${entityId} ORDER BY id`)) as unknown as {
      rows: { action: string; actor: string }[];
    }).rows;
  const plan = async (year: number) => (await reviewer.get(`${P}/monitoring-plan?year=${year}`)).json();

  beforeAll(async () => {
    ({ store, app } = await createDemoApp(kind));
    const ctx = systemContext(store.db, 'test');
    up = (await createPoint(ctx, 'S437012', { ...section, name: UP, role: 'upstream' })).id;
    down = (await createPoint(ctx, 'S437012', { ...section, name: DOWN, role: 'downstream' })).id;
    await createPark(ctx, { code: B, name: '重庆万州测试园区', level: '市级', divisionCode: '500101' });
    bPoint = (await createPoint(ctx, B, { ...section, name: '万州断面' })).id;
    await addTestUser(ctx, { username: 'officerB', displayName: 'B园区专员', role: 'officer', parkCodes: [B], password: TEST_PASSWORD });
    officer = await loginAs(app, 'officer');
    reviewer = await loginAs(app, 'hunan');
    officerB = await loginAs(app, 'officerB');
    const imported = await officer.inject({ method: 'POST', url: `${P}/lab-results/import?year=2022&file=plan.csv`, headers: { 'content-type': 'text/csv' }, payload: Buffer.from(CSV) });
    expect(imported.statusCode, imported.body).toBe(200);
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('gives the demo park table 3 of 2024, every row 已落实 by its synthetic lab results, which all comply', async () => {
    const items = (await plan(2024)).items;
    expect(items.map((i: { mediumLabel: string; pointsText: string; campaignsPerYear: number; status: string }) => [i.mediumLabel, i.pointsText, i.campaignsPerYear, i.status])).toEqual([
      ['环境空气', '园区上风向1000m、下风向500m、1000m各一个监测点', 2, 'done'],
      ['环境空气', '增设1个点位：公租房A区', 2, 'done'],
      ['环境空气', '增设点位2：工业污水处理厂', 2, 'done'],
      ['地表水', '工业园污水处理厂排口上游500m和下游1000m', 2, 'done'],
      ['地表水', '增设1个点位：白河（成章学校后白河路雨水排口）', 2, 'done'],
      ['地下水', '工业园周边白河安置小区2处水井', 1, 'done'],
      ['声环境', '主要交通干线两侧、工业用地边界、公租房A区', 2, 'done'],
      ['土壤环境', '工业园北侧边界、南侧边界、归阳污水处理厂排口上游500m底泥和排口下游100m底泥、白河安置小区', 1, 'done'],
    ]);
    // The air campaigns: 15–19 April and 14–18 October, five days each, two campaigns.
    expect(items[0].points[0]).toMatchObject({ name: '上风向1000m', planned: 2, done: 2 });
    expect(items[0].points[0].campaigns.map((c: { start: string; end: string }) => [c.start, c.end])).toEqual([
      ['2024-04-15', '2024-04-19'],
      ['2024-10-14', '2024-10-18'],
    ]);
    const lab = (await reviewer.get(`${P}/lab-results?year=2024`)).json();
    const samples = lab.points.flatMap((p: { samples: { results: { source: string }[]; verdict: { compliant: boolean | null; exceedingItems: unknown[] } | null }[] }) => p.samples);
    expect(samples.length).toBeGreaterThan(0);
    for (const s of samples) {
      expect(s.verdict?.exceedingItems ?? []).toEqual([]);
      expect(s.verdict?.compliant).not.toBe(false);
      expect(s.results[0]!.source).toContain('模拟数据');
    }
    // Judged by their standards: water, groundwater, noise and soil points; air (GB 3095) lab results are not judged per sample.
    const judged = lab.points.filter((p: { summary: { compliant: boolean | null } }) => p.summary.compliant === true).map((p: { point: string }) => p.point);
    expect(judged).toEqual(expect.arrayContaining(['排口上游500m', '白河安置小区1号井', '交通干线两侧', '园区北侧边界']));
  });

  it('adds an item, proposing 2 campaigns from 1次/半年, and computes 落实情况 per point from the lab results', async () => {
    const created = await officer.inject({ method: 'POST', url: `${P}/monitoring-plan/items`, payload: item() });
    expect(created.statusCode, created.body).toBe(201);
    const view = created.json();
    expect(view).toMatchObject({ year: 2022, medium: 'surfaceWater', mediumLabel: '地表水', sortOrder: 1, campaignsPerYear: 2, period: 'halfYear', status: 'partial', statusLabel: '部分落实' });
    expect(view.points).toEqual([
      {
        pointId: up, name: UP, planned: 2, done: 2, status: 'done', statusLabel: '已落实',
        campaigns: [{ start: '2022-03-01', end: '2022-03-02', dates: ['2022-03-01', '2022-03-02'] }, { start: '2022-09-05', end: '2022-09-05', dates: ['2022-09-05'] }],
        samples: [{ date: '2022-03-01' }, { date: '2022-03-02' }, { date: '2022-09-05' }],
      },
      {
        pointId: down, name: DOWN, planned: 2, done: 1, status: 'partial', statusLabel: '部分落实',
        campaigns: [{ start: '2022-01-05', end: '2022-01-05', dates: ['2022-01-05'] }, { start: '2022-01-25', end: '2022-01-25', dates: ['2022-01-25'] }],
        samples: [{ date: '2022-01-05' }, { date: '2022-01-25' }],
      },
    ]);
    const year = await plan(2022);
    expect(year).toMatchObject({ year: 2022, campaignGapDays: 7 });
    expect(year.items).toEqual([view]);
    expect(year.planYears).toContain(2022);
    expect(await planVersusDoneOfYear(systemContext(store.db, 'test'), 'S437012', 2022)).toEqual([view]);
    expect(await changes(view.id)).toEqual([{ action: 'create', actor: 'officer' }]);
  });

  it('changes an item to 1次/年 (every point then done), then deletes it, each change audited', async () => {
    const { id } = (await officer.inject({ method: 'POST', url: `${P}/monitoring-plan/items`, payload: { ...item(), medium: 'groundwater' } })).json();
    const updated = await officer.inject({ method: 'PUT', url: `${P}/monitoring-plan/items/${id}`, payload: { ...item(), medium: 'groundwater', frequencyText: '1次/年', reasonNotDone: '  ' } });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({ sortOrder: 2, campaignsPerYear: 1, period: 'year', status: 'done', reasonNotDone: null });
    expect(updated.json().points.map((p: { done: number }) => p.done)).toEqual([2, 2]);
    expect((await officer.inject({ method: 'DELETE', url: `${P}/monitoring-plan/items/${id}` })).statusCode).toBe(204);
    expect((await plan(2022)).items.map((i: { id: number }) => i.id)).not.toContain(id);
    expect((await changes(id)).map((c) => c.action)).toEqual(['create', 'update', 'delete']);
    expect((await officer.inject({ method: 'DELETE', url: `${P}/monitoring-plan/items/${id}` })).statusCode).toBe(404);
  });

  it('takes an explicit number of campaigns the frequency text does not give, and a plan item with no lab results is 未落实', async () => {
    const res = await officer.inject({ method: 'POST', url: `${P}/monitoring-plan/items`, payload: { ...item(), year: 2020, frequencyText: '按需监测', campaignsPerYear: 3, reasonNotDone: '疫情期间暂停' } });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ campaignsPerYear: 3, period: 'year', status: 'notDone', statusLabel: '未落实', reasonNotDone: '疫情期间暂停' });
    expect(res.json().points.map((p: { done: number; status: string }) => [p.done, p.status])).toEqual([[0, 'notDone'], [0, 'notDone']]);
  });

  it('refuses bad input with errors naming the field and value, and writes nothing', async () => {
    const before = (await officer.get(`${P}/monitoring-plan?year=2022`)).body;
    const post = (over: Record<string, unknown>) => officer.inject({ method: 'POST', url: `${P}/monitoring-plan/items`, payload: { ...item(), ...over } });
    const unknown = await post({ frequencyText: '按需监测' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.issues).toEqual([
      expect.objectContaining({ field: 'frequencyText', value: '按需监测', message: expect.stringContaining('监测频次“按需监测”无法识别每年监测期数') }),
    ]);
    const foreign = await post({ pointIds: [up, bPoint] });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.issues).toEqual([expect.objectContaining({ field: 'pointIds.1', value: bPoint, message: `点位 ${bPoint} 不是本园区的监测点位` })]);
    const bad = await post({ medium: 'lava', campaignsPerYear: 0, pointIds: [up, up] });
    // Refused by the route's schema: the fields are named, and the medium's message quotes the value.
    expect(bad.json().error.issues.map((i: { field: string }) => i.field)).toEqual(['medium', 'campaignsPerYear', 'pointIds.1']);
    expect(bad.json().error.issues[0].message).toContain('监测对象“lava”应为 air（环境空气）');
    const noPoints = await post({ pointsText: '', pointIds: [] });
    expect(noPoints.json().error.issues).toEqual([expect.objectContaining({ field: 'pointsText', message: '请填写监测点位或选择点位' })]);
    expect((await officer.get(`${P}/monitoring-plan?year=2022`)).body).toBe(before);
  });

  it('copies a year’s plan with its points, refuses a year that has a plan unless told to replace it', async () => {
    const copy = (body: Record<string, unknown>) => officer.inject({ method: 'POST', url: `${P}/monitoring-plan/copy`, payload: body });
    const first = await copy({ fromYear: 2022, toYear: 2023 });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ fromYear: 2022, toYear: 2023, copied: 1, replaced: 0 });
    const copied = (await plan(2023)).items;
    expect(copied.map((i: { year: number; frequencyText: string; campaignsPerYear: number; points: { pointId: number; done: number }[] }) => [i.year, i.frequencyText, i.campaignsPerYear, i.points.map((p) => [p.pointId, p.done])])).toEqual([
      [2023, '1次/半年', 2, [[up, 0], [down, 0]]],
    ]);
    const again = await copy({ fromYear: 2022, toYear: 2023 });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.issues).toEqual([expect.objectContaining({ field: 'toYear', value: 2023 })]);
    expect((await plan(2023)).items.map((i: { id: number }) => i.id)).toEqual(copied.map((i: { id: number }) => i.id));
    const replaced = await copy({ fromYear: 2022, toYear: 2023, replace: true });
    expect(replaced.json()).toEqual({ fromYear: 2022, toYear: 2023, copied: 1, replaced: 1 });
    expect((await changes(copied[0].id)).map((c) => c.action)).toEqual(['copy', 'delete']);
    const empty = await copy({ fromYear: 2019, toYear: 2025 });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.issues).toEqual([expect.objectContaining({ field: 'fromYear', value: 2019 })]);
    expect((await copy({ fromYear: 2022, toYear: 2022 })).json().error.issues).toEqual([expect.objectContaining({ field: 'toYear' })]);
  });

  it('lets park readers read and only the park’s officers change the plan', async () => {
    const before = (await officer.get(`${P}/monitoring-plan?year=2022`)).body;
    const first = JSON.parse(before).items[0];
    for (const client of [officerB, reviewer]) {
      expect((await client.inject({ method: 'POST', url: `${P}/monitoring-plan/items`, payload: item() })).statusCode).toBe(403);
      expect((await client.inject({ method: 'PUT', url: `${P}/monitoring-plan/items/${first.id}`, payload: item() })).statusCode).toBe(403);
      expect((await client.inject({ method: 'DELETE', url: `${P}/monitoring-plan/items/${first.id}` })).statusCode).toBe(403);
      expect((await client.inject({ method: 'POST', url: `${P}/monitoring-plan/copy`, payload: { fromYear: 2022, toYear: 2021 } })).statusCode).toBe(403);
    }
    expect((await officerB.get(`${P}/monitoring-plan?year=2022`)).statusCode).toBe(403);
    expect((await officer.get(`${P}/monitoring-plan?year=2022`)).body).toBe(before);
    // An item of park A is not found through park B.
    expect((await officerB.inject({ method: 'DELETE', url: `/api/parks/${B}/monitoring-plan/items/${first.id}` })).statusCode).toBe(404);
    expect((await reviewer.get(`${P}/monitoring-plan?year=22`)).statusCode).toBe(400);
  });
});
