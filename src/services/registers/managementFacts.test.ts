import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, storeKinds } from '../../../test/helpers/testStore.js';
import type { Store } from '../../store/client.js';
import { emissionRecords } from '../../store/schema/index.js';
import { listEnterpriseIdentities } from '../../store/queries/wasteLedger.js';
import { getParkRowByCode } from '../../store/queries/parks.js';
import { systemContext, type ServiceContext } from '../context.js';
import { seedDemoPark } from '../demo/seedDemoPark.js';
import { ServiceError } from '../errors.js';
import { carryOverManagementFacts, getManagementFacts, putManagementFacts } from './managementFacts.js';
import { ManagementFactsInput } from './managementFactsSchemas.js';

const PARK = 'S437012';

async function refusal(p: Promise<unknown>): Promise<ServiceError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ServiceError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('management facts schema', () => {
  it('takes every field as optional: an empty body is a year with nothing entered', () => {
    const facts = ManagementFactsInput.parse({});
    expect(facts.water.plants).toEqual([]);
    expect(facts.water.sewerCoveragePercent).toBeNull();
    expect(facts.water.controlSection).toEqual({ name: null, waterClass: null, compliancePercent: null, exceedingFactors: null });
    expect(facts.soil).toEqual({ contaminatedPlots: null, soilKeyEnterprises: null });
  });

  it('names the field and the value of each bad entry', () => {
    const r = ManagementFactsInput.safeParse({
      water: {
        sewerCoveragePercent: '100.5',
        collectionRatePercent: '九十',
        wastewaterEnterprises: -1,
        sewerConnectedEnterprises: 2.5,
        plants: [{ name: '', designCapacityM3PerDay: '1,000' }],
        controlSection: { waterClass: 'Ⅵ' },
      },
      soil: { contaminatedPlots: '3' },
    });
    expect(r.success).toBe(false);
    const issues = r.error!.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ['water.sewerCoveragePercent', '污水管网覆盖率（%）“100.5”不能大于100'],
        ['water.collectionRatePercent', '污水收集率（%）“九十”应为非负数字，如 4000 或 99.5'],
        ['water.wastewaterEnterprises', '涉及工业废水外排企业数量不能为负数'],
        ['water.sewerConnectedEnterprises', '外排污水纳管企业数量应为整数'],
        ['water.plants.0.name', '污水处理厂名称不能为空'],
        ['water.plants.0.designCapacityM3PerDay', '设计处理规模（m³/d）“1,000”应为非负数字，如 4000 或 99.5'],
        ['water.controlSection.waterClass', '水功能区划“Ⅵ”应为 GB 3838-2002 的 Ⅰ、Ⅱ、Ⅲ、Ⅳ、Ⅴ 类之一'],
        ['soil.contaminatedPlots', '污染地块数量应为整数（收到 "3"）'],
      ]),
    );
    expect(issues).toHaveLength(8);
  });
});

describe.each(await storeKinds())('management facts on %s', (kind) => {
  let store: Store;
  let ctx: ServiceContext;
  const audit = async () =>
    ((await store.db.execute(sql`SELECT action, actor FROM change_log WHERE entity = 'management_facts' ORDER BY id`)) as unknown as {
      rows: { action: string; actor: string }[];
    }).rows;
  const storedYears = async () =>
    ((await store.db.execute(sql`SELECT year FROM management_facts ORDER BY year`)) as unknown as { rows: { year: number }[] }).rows.map((r) => r.year);

  beforeAll(async () => {
    store = await createTestStore(kind);
    ctx = systemContext(store.db, 'test');
    await seedDemoPark(ctx, { simulatedYear: false });
  });
  afterAll(async () => store?.close());

  it('holds seed 000\'s 2024 facts for the demo park, entered once (one audit entry)', async () => {
    const y = await getManagementFacts(ctx, PARK, 2024);
    expect(y.carriedFromYear).toBeNull();
    expect(y.updatedBy).toBe('test');
    expect(y.previousYear).toBeNull();
    expect(y.facts!.water.plants).toEqual([
      {
        name: '归阳镇污水处理厂',
        kind: 'town',
        designPhase: '一期',
        designCapacityM3PerDay: '10000',
        actualCapacityM3PerDay: '4000',
        process: 'A/A/C氧化沟工艺',
        onlineCompliancePercent: '100',
        outfallApproval: '入河排污口论证报告已编制完成，取得市环保局批复',
      },
    ]);
    expect(y.facts!.water).toMatchObject({ centralisedPlantCount: 1, wastewaterEnterprises: 8, industrialWastewaterM3PerDay: '2778', sewerConnectedEnterprises: 8 });
    expect(y.facts!.water.controlSection).toEqual({ name: '管山村断面', waterClass: 'Ⅱ', compliancePercent: '100', exceedingFactors: [] });
    expect(y.facts!.air.wasteGasEnterprises).toBe(9);
    // Seed 000 knows only the park's emission totals: no enterprise rows, so the entered counts stand.
    expect(y.ledger).toEqual({ wastewaterEnterprises: null, wasteGasEnterprises: null });
    expect(await audit()).toEqual([{ action: 'create', actor: 'test' }]);
  });

  it('refuses bad facts naming the field and value, and writes nothing', async () => {
    const e = await refusal(putManagementFacts(ctx, PARK, 2022, { water: { rainPipeCoveragePercent: '120' }, air: { wasteGasEnterprises: -3 } }));
    expect(e.code).toBe('VALIDATION');
    expect(e.issues).toEqual([
      { severity: 'error', field: 'water.rainPipeCoveragePercent', value: '120', message: '雨水管网覆盖率（%）“120”不能大于100' },
      { severity: 'error', field: 'air.wasteGasEnterprises', value: -3, message: '涉及工业废气外排企业数量不能为负数' },
    ]);
    expect((await refusal(putManagementFacts(ctx, PARK, 3024, {}))).issues).toMatchObject([{ field: 'year', value: 3024 }]);
    expect(await storedYears()).toEqual([2024]);
  });

  it('starts 2025 from 2024, marked carried over until saved; refuses a second carry-over and one with nothing before', async () => {
    const carried = await carryOverManagementFacts(ctx, PARK, 2025);
    expect(carried.carriedFromYear).toBe(2024);
    expect(carried.previousYear).toBe(2024);
    expect(carried.facts).toEqual((await getManagementFacts(ctx, PARK, 2024)).facts);
    expect((await refusal(carryOverManagementFacts(ctx, PARK, 2025))).code).toBe('CONFLICT');
    expect((await refusal(carryOverManagementFacts(ctx, PARK, 2020))).issues).toMatchObject([{ field: 'year', value: 2020, message: '2020年之前没有环境管理情况' }]);

    const facts = { ...carried.facts!, water: { ...carried.facts!.water, industrialWastewaterM3PerDay: '2900' } };
    const saved = await putManagementFacts(ctx, PARK, 2025, facts);
    expect(saved.carriedFromYear).toBeNull();
    expect(saved.facts!.water.industrialWastewaterM3PerDay).toBe('2900');
    expect((await getManagementFacts(ctx, PARK, 2024)).facts!.water.industrialWastewaterM3PerDay).toBe('2778');
    expect((await audit()).map((a) => a.action)).toEqual(['create', 'carryOver', 'update']);
  });

  it('counts the enterprises the emission ledger has for COD/NH3-N and for SO2/NOx/VOCs, leaving out park totals', async () => {
    const park = (await getParkRowByCode(store.db, PARK))!;
    const [a, b, c] = await listEnterpriseIdentities(store.db, park.id);
    const row = (enterpriseId: number | null, pollutantKey: string, pollutantName: string, tonnesPerYear: string) => ({
      parkId: park.id, year: 2025, enterpriseId, pollutantKey, pollutantName, tonnesPerYear, source: 'entered', updatedBy: 'test',
    });
    await store.db.insert(emissionRecords).values([
      row(a!.id, 'COD', '化学需氧量', '1.2'),
      row(a!.id, 'NH3-N', '氨氮', '0.1'),
      row(b!.id, 'NH3-N', '氨氮', '0.05'),
      row(c!.id, 'SO2', '二氧化硫', '2'),
      row(null, 'COD', '化学需氧量', '90.59'),
      row(null, 'NOx', '氮氧化物', '13.02'),
    ]);
    const y = await getManagementFacts(ctx, PARK, 2025);
    expect(y.ledger.wastewaterEnterprises).toEqual({ count: 2, pollutants: ['COD', 'NH3-N'], enterprises: [{ id: a!.id, name: a!.name }, { id: b!.id, name: b!.name }] });
    expect(y.ledger.wasteGasEnterprises).toEqual({ count: 1, pollutants: ['SO2', 'NOx', 'VOCs'], enterprises: [{ id: c!.id, name: c!.name }] });
    expect((await getManagementFacts(ctx, PARK, 2024)).ledger.wastewaterEnterprises).toBeNull();
  });
});
