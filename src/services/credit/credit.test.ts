import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoStore } from '../../../test/helpers/demoApp.js';
import { storeKinds } from '../../../test/helpers/testStore.js';
import type { Store } from '../../store/client.js';
import type { UserActor } from '../auth/actor.js';
import { systemContext, type ServiceContext } from '../context.js';
import { ServiceError } from '../errors.js';
import { loadCreditReportInput } from '../reports/loadCreditReportInput.js';
import { loadCreditFacts } from './creditFacts.js';
import {
  createCreditEvaluation,
  creditEvaluationHistory,
  getCreditEvaluation,
  reopenCreditEvaluation,
  setCreditItemScore,
  submitCreditEvaluation,
} from './evaluations.js';
import { createHonour, deleteHonour, listHonours, updateHonour } from './honours.js';
import { listSchemes, loadSchemeFile } from './schemes.js';

const PARK = 'S437012';
const HUNAN_2020_YAML = readFileSync(new URL('../../../test/fixtures/credit/hunan-2020.yaml', import.meta.url), 'utf8');

async function refusal(p: Promise<unknown>): Promise<ServiceError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ServiceError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

const officer = (parkId: number): UserActor => ({
  kind: 'user',
  id: 2,
  username: 'officer',
  displayName: '专员',
  role: 'officer',
  parkIds: [parkId],
  enterpriseId: null,
  enterpriseParkId: null,
  regionCode: null,
  mustChangePassword: false,
});

/**
 * A scheme of a later year for the tests (not a real one): initial 9, cap 10, an award, a deduction on the quota,
 * and an item that sets the grade.
 */
const TEST_SCHEME = {
  id: 'test-2025',
  version: '1',
  name: '测试方案',
  document: null,
  regionCode: '430000',
  years: { from: 2025, to: null },
  initialScore: 9,
  maximum: 10,
  grades: [
    { name: '诚信', minTotal: 9 },
    { name: '合格', minTotal: 6 },
    { name: '风险', minTotal: null },
  ],
  items: [
    { number: '1', level1: '绿色发展', level2: '创新与示范', criterion: '获得省部级及以上表彰', effect: { kind: 'points', points: 2 }, topic: 'honours' },
    { number: '2', level1: '环境监管', level2: '总量', criterion: '污染物排放超过总量控制要求', effect: { kind: 'points', points: -3 }, topic: 'quota' },
    { number: '3', level1: '风险防控', level2: '/', criterion: '发生重大突发环境事件', effect: { kind: 'setsGrade', grade: '风险' } },
  ],
  notes: [],
  unconfirmed: [],
};

describe.each(await storeKinds())('credit self-evaluation on %s', (kind) => {
  let store: Store;
  let ctx: ServiceContext;
  let parkId: number;
  const count = async (q: ReturnType<typeof sql>) => ((await store.db.execute(q)) as unknown as { rows: { n: number }[] }).rows[0]!.n;

  beforeAll(async () => {
    // The simulated year: the three air stations' 2024 data is what "connected" is proposed from.
    store = await createDemoStore(kind, { users: false, simulatedYear: true });
    ctx = systemContext(store.db, 'test');
    parkId = await count(sql`SELECT id AS n FROM parks WHERE code = ${PARK}`);
  }, 240_000);
  afterAll(async () => store?.close());

  it("holds seed 000's 2024 evaluation as the park filed it: every item 0, total 10, 环保诚信园区, submitted", async () => {
    const v = await getCreditEvaluation(ctx, PARK, 2024);
    expect(v.scheme?.id).toBe('hunan-2024');
    expect(v.evaluation?.status).toBe('submitted');
    expect(v.items).toHaveLength(23);
    expect(v.items.every((i) => i.entered && i.score === 0)).toBe(true);
    // 初始分 10 + 0 (seed 000: 总分：10分 等级 诚信园区).
    expect(v.result).toMatchObject({ schemeId: 'hunan-2024', rawTotal: 10, total: 10, grade: '环保诚信园区', gradeSetBy: null });
    expect(v.lastYear).toBeNull();
  });

  it('shows exactly items 12 and 19 scored against the records: three stations sending data, the provincial award', async () => {
    const v = await getCreditEvaluation(ctx, PARK, 2024);
    expect(v.items.filter((i) => i.differs).map((i) => [i.number, i.score, i.proposal.score])).toEqual([
      ['12', 0, 1],
      ['19', 0, 2],
    ]);
    const item12 = v.items.find((i) => i.number === '12')!;
    expect(item12.proposal.records.map((r) => [r.entity, r.label])).toEqual([
      ['station', '园区空气质量监测站 1#'],
      ['station', '园区空气质量监测站 2#'],
      ['station', '园区空气质量监测站 3#'],
    ]);
    const item19 = v.items.find((i) => i.number === '19')!;
    expect(item19.proposal.records).toHaveLength(1);
    expect(item19.proposal.records[0]).toMatchObject({ entity: 'parkHonour' });
    expect(item19.proposal.records[0]!.label).toContain('2024年度全省绿色制造体系示范单位');
    // The proposals would give 10 + 1 + 2 = 13, capped at the scheme's maximum 12.
    expect(v.proposedResult).toMatchObject({ rawTotal: 13, total: 12, grade: '环保诚信园区' });
  });

  it('the report loader reads the same evaluation, and nothing for a year without one', async () => {
    const input = await loadCreditReportInput(ctx, parkId, 2024);
    expect(input?.result.total).toBe(10);
    expect(input?.scores).toHaveLength(23);
    expect(input?.proposals.find((p) => p.number === '19')?.score).toBe(2);
    expect(await loadCreditReportInput(ctx, parkId, 2023)).toBeUndefined();
  });

  it('a submitted evaluation refuses changes; only an administrator reopens it; a bad score is refused naming the item', async () => {
    const locked = await refusal(setCreditItemScore(ctx, PARK, 2024, '19', { score: 2 }));
    expect(locked.code).toBe('CONFLICT');
    expect(locked.message).toContain('已提交');
    const asOfficer = { ...ctx, actor: officer(parkId) };
    expect((await refusal(reopenCreditEvaluation(asOfficer, PARK, 2024))).code).toBe('FORBIDDEN');
    expect((await reopenCreditEvaluation(ctx, PARK, 2024)).evaluation?.status).toBe('draft');

    const wrong = await refusal(setCreditItemScore(asOfficer, PARK, 2024, '19', { score: 1 }));
    expect(wrong.code).toBe('VALIDATION');
    expect(wrong.issues[0]).toMatchObject({ field: 'score', value: 1 });
    expect(wrong.issues[0]!.message).toContain('19');
    const unknown = await refusal(setCreditItemScore(asOfficer, PARK, 2024, '24', { score: 0 }));
    expect(unknown.issues[0]).toMatchObject({ field: 'number', value: '24' });
    expect(unknown.message).toContain('没有第24项');

    // Item 19 scored as proposed, with the honour as evidence: 10 + 2 = 12 (the cap), still 环保诚信园区.
    const v = await setCreditItemScore(asOfficer, PARK, 2024, '19', {
      score: 2,
      comment: '获得2024年度全省绿色制造体系示范单位',
      evidence: [{ label: '2024年度全省绿色制造体系示范单位', entity: 'parkHonour', id: 1 }],
    });
    expect(v.result).toMatchObject({ total: 12, grade: '环保诚信园区' });
    expect(v.items.filter((i) => i.differs).map((i) => i.number)).toEqual(['12']);
    // Item 17 sets the grade whatever the total.
    const risk = await setCreditItemScore(asOfficer, PARK, 2024, '17', { score: 1 });
    expect(risk.result).toMatchObject({ total: 12, grade: '环保风险园区', gradeSetBy: '17' });
    await setCreditItemScore(asOfficer, PARK, 2024, '17', { score: 0 });
    const submitted = await submitCreditEvaluation(asOfficer, PARK, 2024);
    expect(submitted.evaluation).toMatchObject({ status: 'submitted', submittedBy: 'officer' });

    const history = await creditEvaluationHistory(ctx, PARK, 2024);
    // Newest first: submit, 17 → 0, 17 → 1, 19 → 2, reopen, then the seed's submit, 23 scores and create.
    expect(history.entries.map((e) => e.action)).toEqual(['submit', 'score', 'score', 'score', 'reopen', 'submit', ...Array(23).fill('score'), 'create']);
    expect(history.entries[3]).toMatchObject({ actor: 'officer', before: { number: '19', score: 0 }, after: { number: '19', score: 2 } });
  });

  it('loads a scheme file and scores another year with it; the same version again and a malformed file are refused', async () => {
    const before = (await listSchemes(ctx)).schemes.length;
    const asOfficer = { ...ctx, actor: officer(parkId) };
    expect((await refusal(loadSchemeFile(asOfficer, HUNAN_2020_YAML, 'yaml', 'hunan-2020.yaml'))).code).toBe('FORBIDDEN');

    const loaded = await loadSchemeFile(ctx, HUNAN_2020_YAML, 'yaml', 'hunan-2020.yaml');
    expect(loaded).toMatchObject({ builtIn: false, latest: true, source: 'hunan-2020.yaml' });
    expect(loaded.scheme).toMatchObject({ id: 'hunan-2020', initialScore: 9 });
    const again = await refusal(loadSchemeFile(ctx, HUNAN_2020_YAML, 'yaml', 'hunan-2020.yaml'));
    expect(again.code).toBe('CONFLICT');
    expect(again.issues[0]).toMatchObject({ field: 'version', value: '1' });

    // Line 10 of the JSON below holds the bad initial score.
    const bad = JSON.stringify({ ...TEST_SCHEME, version: '9', initialScore: 'nine' }, null, 2);
    const badLine = bad.split('\n').findIndex((l) => l.includes('"initialScore"')) + 1;
    const malformed = await refusal(loadSchemeFile(ctx, bad, 'json', 'bad.json'));
    expect(malformed.code).toBe('VALIDATION');
    expect(malformed.issues).toContainEqual(expect.objectContaining({ file: 'bad.json', row: badLine, value: 'nine' }));
    expect(malformed.issues[0]!.field).toContain('initialScore');
    expect((await listSchemes(ctx)).schemes).toHaveLength(before + 1);

    // 2022 falls in hunan-2020's years (2020–2022): a new evaluation takes it without being told.
    const v2022 = await createCreditEvaluation(ctx, PARK, 2022, {});
    expect(v2022.scheme?.id).toBe('hunan-2020');
    // Item 5 (−3) and item 11 (−2): 9 − 3 − 2 = 4, below 5: 环保风险园区 by the file's thresholds.
    await setCreditItemScore(ctx, PARK, 2022, '5', { score: -3 });
    const scored = await setCreditItemScore(ctx, PARK, 2022, '11', { score: -2 });
    expect(scored.result).toMatchObject({ schemeId: 'hunan-2020', rawTotal: 4, total: 4, grade: '环保风险园区' });
    // The 2024 evaluation compares with 2022's.
    expect((await getCreditEvaluation(ctx, PARK, 2024)).lastYear).toMatchObject({ year: 2022, schemeId: 'hunan-2020', total: 4, grade: '环保风险园区' });

    // A JSON scheme from 2025: initial 9, the award +2 capped at 10; the grade-setting item overrides.
    await loadSchemeFile(ctx, JSON.stringify(TEST_SCHEME, null, 2), 'json', 'test-2025.json');
    const v2025 = await createCreditEvaluation(ctx, PARK, 2025, { schemeId: 'test-2025' });
    expect(v2025.result).toMatchObject({ rawTotal: 9, total: 9, grade: '诚信' });
    const award = await setCreditItemScore(ctx, PARK, 2025, '1', { score: 2 });
    expect(award.result).toMatchObject({ rawTotal: 11, total: 10, grade: '诚信' });
    const quota = await setCreditItemScore(ctx, PARK, 2025, '2', { score: -3 });
    expect(quota.result).toMatchObject({ rawTotal: 8, total: 8, grade: '合格' });
    const setsGrade = await setCreditItemScore(ctx, PARK, 2025, '3', { score: 1 });
    expect(setsGrade.result).toMatchObject({ total: 8, grade: '风险', gradeSetBy: '3' });
    // No honour recorded for 2025: item 1 proposed 0 from the (kept) register; no 2025 emissions: item 2 unseen.
    expect(setsGrade.items.map((i) => [i.number, i.proposal.status, i.proposal.score])).toEqual([
      ['1', 'proposed', 0],
      ['2', 'unseen', null],
      ['3', 'unseen', null],
    ]);
    expect((await refusal(createCreditEvaluation(ctx, PARK, 2025, {}))).code).toBe('CONFLICT');
    // A version the scheme does not have names the version; an unknown scheme names the scheme.
    expect((await refusal(createCreditEvaluation(ctx, PARK, 2026, { schemeId: 'hunan-2020', version: '7' }))).issues[0]).toMatchObject({ field: 'version', value: '7' });
    expect((await refusal(createCreditEvaluation(ctx, PARK, 2026, { schemeId: 'nowhere-2026' }))).issues[0]).toMatchObject({ field: 'schemeId', value: 'nowhere-2026' });
  });

  it('proposes the deduction of item 4 for an operating enterprise without a permit, naming it', async () => {
    const facts = await loadCreditFacts(ctx, parkId, 2024);
    expect(facts.enterprisesWithoutEia).toEqual([]);
    expect(facts.enterprisesWithoutPermit).toEqual([]);
    const name = '湖南领湃新能源科技有限公司';
    const held = ((await store.db.execute(sql`SELECT permit_class, permit_number FROM enterprises WHERE park_id = ${parkId} AND name = ${name}`)) as unknown as {
      rows: { permit_class: string; permit_number: string }[];
    }).rows[0]!;
    expect(held.permit_class).toBe('simplified');
    await store.db.execute(sql`UPDATE enterprises SET permit_held = false, permit_class = NULL, permit_number = NULL WHERE park_id = ${parkId} AND name = ${name}`);
    try {
      const after = await loadCreditFacts(ctx, parkId, 2024);
      expect(after.enterprisesWithoutPermit?.map((e) => e.name)).toEqual([name]);
      const v = await getCreditEvaluation(ctx, PARK, 2024);
      const item4 = v.items.find((i) => i.number === '4')!;
      expect(item4.proposal).toMatchObject({ status: 'proposed', score: -1 });
      expect(item4.proposal.records.map((r) => r.label)).toEqual([name]);
      expect(item4.differs).toBe(true);
    } finally {
      await store.db.execute(
        sql`UPDATE enterprises SET permit_held = true, permit_class = ${held.permit_class}, permit_number = ${held.permit_number} WHERE park_id = ${parkId} AND name = ${name}`,
      );
    }
  });

  it('reads the facts of 2024 from the records: stations, honour, quotas within, the monitoring plan', async () => {
    const facts = await loadCreditFacts(ctx, parkId, 2024);
    expect(facts.connectedStations?.map((s) => [s.name, s.kind])).toEqual([
      ['园区空气质量监测站 1#', '空气质量监测'],
      ['园区空气质量监测站 2#', '空气质量监测'],
      ['园区空气质量监测站 3#', '空气质量监测'],
    ]);
    expect(facts.honours?.map((h) => [h.title, h.level])).toEqual([['2024年度全省绿色制造体系示范单位', 'provincial']]);
    // Seed 000: COD 90.59 of 300 t/a … all within the quotas.
    expect(facts.pollutantsOverQuota).toEqual([]);
    expect(facts.selfMonitoring?.notImplemented).toEqual([]);
    // 2019: no station sent data, no honour, no emissions, no plan.
    const old = await loadCreditFacts(ctx, parkId, 2019);
    expect(old.connectedStations).toEqual([]);
    expect(old.honours).toEqual([]);
    expect(old.pollutantsOverQuota).toBeUndefined();
    expect(old.selfMonitoring).toBeUndefined();
  });

  it('keeps the honours of a year, each change audited', async () => {
    const changes = () => count(sql`SELECT count(*)::int AS n FROM change_log WHERE entity = 'park_honour'`);
    const start = await changes();
    const h = await createHonour(ctx, PARK, { year: 2023, title: '省级生态工业园区', level: 'provincial', issuer: '湖南省生态环境厅' });
    expect(h).toMatchObject({ year: 2023, levelLabel: '省级', issuer: '湖南省生态环境厅', awardedOn: null });
    const changed = await updateHonour(ctx, PARK, h.id, { year: 2023, title: '省级生态工业园区', level: 'municipal', awardedOn: '2023-06-01' });
    expect(changed).toMatchObject({ level: 'municipal', issuer: null, awardedOn: '2023-06-01' });
    const wrongDate = await refusal(updateHonour(ctx, PARK, h.id, { year: 2023, title: 'x', level: 'provincial', awardedOn: '2024-01-01' }));
    expect(wrongDate.issues[0]).toMatchObject({ field: 'awardedOn', value: '2024-01-01' });
    const badLevel = await refusal(createHonour(ctx, PARK, { year: 2023, title: 'x', level: 'county' }));
    expect(badLevel.issues[0]).toMatchObject({ field: 'level', value: 'county' });
    expect((await listHonours(ctx, PARK, 2023)).honours.map((x) => x.title)).toEqual(['省级生态工业园区']);
    await deleteHonour(ctx, PARK, h.id);
    expect((await listHonours(ctx, PARK, 2023)).honours).toEqual([]);
    expect((await refusal(deleteHonour(ctx, PARK, h.id))).code).toBe('NOT_FOUND');
    expect(await changes()).toBe(start + 3);
  });
});
