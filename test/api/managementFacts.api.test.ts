import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/client.js';
import { createDemoApp, loginAs, type Client } from '../helpers/demoApp.js';
import { storeKinds } from '../helpers/testStore.js';

const P = '/api/parks/S437012/management-facts';

describe.each(await storeKinds())('management facts through the HTTP API on %s', (kind) => {
  let store: Store;
  let app: FastifyInstance;
  let officer: Client;
  let reviewer: Client;

  beforeAll(async () => {
    ({ store, app } = await createDemoApp(kind));
    officer = await loginAs(app, 'officer');
    reviewer = await loginAs(app, 'hunan');
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('gives a reviewer the demo park\'s 2024 facts of seed 000 and the emission ledger\'s (absent) counts', async () => {
    const res = await reviewer.get(`${P}/2024`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ park: 'S437012', year: 2024, carriedFromYear: null, previousYear: null, ledger: { wastewaterEnterprises: null, wasteGasEnterprises: null } });
    expect(body.facts.water).toMatchObject({
      centralisedPlantCount: 1,
      sewerCoveragePercent: '100',
      rainPipeCoveragePercent: '100',
      collectionRatePercent: '100',
      wastewaterEnterprises: 8,
      industrialWastewaterM3PerDay: '2778',
      sewerConnectedEnterprises: 8,
      centralisedTreatmentPercent: '100',
      classOnePollutantEnterprises: 0,
      onlineMonitoringEnterprises: 0,
      blackOdorous: { total: 0, remediated: 0, notStarted: 0, inProgress: 0 },
    });
    expect(body.facts.water.plants[0]).toMatchObject({ name: '归阳镇污水处理厂', designPhase: '一期', designCapacityM3PerDay: '10000', actualCapacityM3PerDay: '4000' });
    expect(body.facts.air).toEqual({ wasteGasEnterprises: 9 });
    expect(body.facts.soil).toEqual({ contaminatedPlots: 0, soilKeyEnterprises: 0 });
    // A year with nothing entered.
    expect((await reviewer.get(`${P}/2023`)).json()).toMatchObject({ year: 2023, facts: null, updatedBy: null, previousYear: null });
  });

  it('refuses a reviewer\'s change, and a bad body with each field named', async () => {
    const denied = await reviewer.inject({ method: 'PUT', url: `${P}/2023`, payload: {} });
    expect(denied.statusCode).toBe(403);
    const bad = await officer.inject({ method: 'PUT', url: `${P}/2023`, payload: { water: { sewerCoveragePercent: '101', plants: [{ name: '某污水厂', actualCapacityM3PerDay: 'abc' }] }, soil: { soilKeyEnterprises: 1.5 } } });
    expect(bad.statusCode).toBe(400);
    const issues = bad.json().error.issues as { field: string; message: string }[];
    expect(issues.map((i) => [i.field, i.message])).toEqual([
      ['water.plants.0.actualCapacityM3PerDay', '实际处理规模（m³/d）“abc”应为非负数字，如 4000 或 99.5'],
      ['water.sewerCoveragePercent', '污水管网覆盖率（%）“101”不能大于100'],
      ['soil.soilKeyEnterprises', '土壤污染管控重点企业数量应为整数'],
    ]);
    expect((await reviewer.get(`${P}/2023`)).json().facts).toBeNull();
    expect((await officer.get(`${P}/20x4`)).statusCode).toBe(400);
  });

  it('saves a year as the officer, then carries 2024 over to 2025 until it is saved', async () => {
    const saved = await officer.inject({ method: 'PUT', url: `${P}/2023`, payload: { air: { wasteGasEnterprises: 7 } } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ year: 2023, updatedBy: 'officer', facts: { air: { wasteGasEnterprises: 7 }, water: { plants: [], sewerCoveragePercent: null } } });

    const carried = await officer.inject({ method: 'POST', url: `${P}/2025/carry-over` });
    expect(carried.statusCode, carried.body).toBe(200);
    expect(carried.json()).toMatchObject({ year: 2025, carriedFromYear: 2024, previousYear: 2024, facts: { air: { wasteGasEnterprises: 9 } } });
    const again = await officer.inject({ method: 'POST', url: `${P}/2025/carry-over` });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('CONFLICT');

    const confirmed = await officer.inject({ method: 'PUT', url: `${P}/2025`, payload: carried.json().facts });
    expect(confirmed.json()).toMatchObject({ year: 2025, carriedFromYear: null, facts: { water: { industrialWastewaterM3PerDay: '2778' } } });
  });
});
