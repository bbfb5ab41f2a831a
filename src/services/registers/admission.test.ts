import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, storeKinds } from '../../../test/helpers/testStore.js';
import { DEMO_PARK_ADMISSION_RULES } from '../../domain/registers/admission/demoParkAdmissionRules.js';
import type { Store } from '../../store/client.js';
import { systemContext, type ServiceContext } from '../context.js';
import { seedDemoPark } from '../demo/seedDemoPark.js';
import { ServiceError } from '../errors.js';
import { createPark } from '../parks/parkProfile.js';
import {
  admissionScreeningCounts,
  getAdmissionRules,
  listAdmissionScreenings,
  loadAdmissionRulesFile,
  putAdmissionRules,
  screenAdmissionProject,
} from './admission.js';
import type { ScreenProjectInputBody } from './admissionSchemas.js';

const PARK = 'S437012';
const PLAN_EIA = '湘环评函[2014]89号 《祁东经济开发区环境影响报告书》审查意见（自评估报告表1）';
const WEST = '园区西部靠近生活安置区和归阳镇部分';

// A furniture maker (C2110, 家具制造业 is a leading industry of seed 000 table 4) in 归阳工业园 on class-two land:
// no rule of the demo park names anything it has. Each case changes one thing.
const furniture = { industryCode: 'C2110', landClass: 'M2', subAreas: ['归阳工业园'] } satisfies ScreenProjectInputBody;

async function refusal(p: Promise<unknown>): Promise<ServiceError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ServiceError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe.each(await storeKinds())('admission screening on %s', (kind) => {
  let store: Store;
  let ctx: ServiceContext;
  const count = async (q: ReturnType<typeof sql>) => ((await store.db.execute(q)) as unknown as { rows: { n: number }[] }).rows[0]!.n;
  const changes = (entity: string) => count(sql`SELECT count(*)::int AS n FROM change_log WHERE entity = ${entity}`);
  const screen = (body: ScreenProjectInputBody) => screenAdmissionProject(ctx, PARK, body);

  beforeAll(async () => {
    store = await createTestStore(kind);
    ctx = systemContext(store.db, 'test');
    await seedDemoPark(ctx, { simulatedYear: false });
  });
  afterAll(async () => store?.close());

  it('the demo park has its seven rules and three sub-areas, put in one audited change', async () => {
    const set = await getAdmissionRules(ctx, PARK);
    expect(set.park).toBe('湖南祁东高新技术产业开发区');
    expect(set.subAreas).toEqual(['归阳工业园', '云鹤工业园', WEST]);
    expect(set.rules).toEqual(DEMO_PARK_ADMISSION_RULES.rules);
    expect(set.updatedBy).toBe('test');
    expect(await changes('admission_rule_set')).toBe(1);
  });

  it('passes the furniture maker, naming no rule and the industry', async () => {
    // C2110 is not in the vendored reference: its 大类 C21 names it.
    expect(await screen(furniture)).toEqual({ outcome: 'pass', industryCode: 'C2110', industryName: '家具制造业', industryNameCode: 'C21', decidedBy: [], saved: null });
  });

  // Each rule of seed 000 with a project it decides and the same project with the one thing the rule names undone.
  const cases: { rule: string; failing: ScreenProjectInputBody; outcome: 'fail' | 'conditional'; decidedBy: string[]; passing: ScreenProjectInputBody }[] = [
    // 禁止涉重金属企业入驻
    { rule: 'heavy-metals', failing: { ...furniture, industryCode: 'C3360', heavyMetals: true }, outcome: 'fail', decidedBy: ['heavy-metals'], passing: { ...furniture, industryCode: 'C3360' } },
    // 严格限制气型污染企业进入: restricted, so conditional, in 云鹤 (not the west)
    { rule: 'air-polluting', failing: { ...furniture, airPolluting: true, subAreas: ['云鹤工业园'] }, outcome: 'conditional', decidedBy: ['air-polluting'], passing: { ...furniture, subAreas: ['云鹤工业园'] } },
    // 在园区西部靠近生活安置区和归阳镇部分，禁止布置气型污染企业
    { rule: 'air-polluting-west', failing: { ...furniture, airPolluting: true, subAreas: ['归阳工业园', WEST] }, outcome: 'fail', decidedBy: ['air-polluting', 'air-polluting-west'], passing: { ...furniture, subAreas: ['归阳工业园', WEST] } },
    // 不再新增设三类工业用地指标
    { rule: 'class-three-land', failing: { ...furniture, landClass: 'M3' }, outcome: 'fail', decidedBy: ['class-three-land'], passing: { ...furniture, landClass: null } },
    // 云鹤工业园禁止引入电子元器件和印刷线路板产业: C3971 电子真空器件 in 云鹤 fails, in 归阳 passes
    { rule: 'yunhe-electronic-components', failing: { ...furniture, industryCode: 'C3971', subAreas: ['云鹤工业园'] }, outcome: 'fail', decidedBy: ['yunhe-electronic-components'], passing: { ...furniture, industryCode: 'C3971' } },
    // 归阳工业园 电子信息(不含线路板制造): C3982 电子电路制造 fails in 归阳; C3911 计算机整机制造 passes
    { rule: 'guiyang-circuit-boards', failing: { ...furniture, industryCode: '3982' }, outcome: 'fail', decidedBy: ['guiyang-circuit-boards'], passing: { ...furniture, industryCode: 'C3911' } },
    // 涉VOCs排放项目应使用低(无)VOCs含量的原辅材料: restricted
    { rule: 'vocs', failing: { ...furniture, vocs: true }, outcome: 'conditional', decidedBy: ['vocs'], passing: furniture },
  ];

  it.each(cases)('rule $rule decides its project, and the project without what it names passes', async ({ failing, outcome, decidedBy, passing }) => {
    const r = await screen(failing);
    expect([r.outcome, r.decidedBy.map((h) => h.id)]).toEqual([outcome, decidedBy]);
    expect((await screen(passing)).outcome).toBe('pass');
  });

  it('quotes each deciding rule with its wording, source and effect', async () => {
    const r = await screen({ ...furniture, heavyMetals: true });
    expect(r.decidedBy).toEqual([{ id: 'heavy-metals', effect: 'prohibited', wording: '禁止涉重金属企业入驻', source: PLAN_EIA, match: 'certain' }]);
    expect((await screen({ ...furniture, industryCode: 'C39', subAreas: ['云鹤工业园'] })).decidedBy).toMatchObject([{ id: 'yunhe-electronic-components', match: 'possible' }]);
  });

  it('refuses a bad project naming field and value: a code that is not GB/T 4754, a sub-area the park lacks, saving without a name', async () => {
    const code = await refusal(screen({ ...furniture, industryCode: 'C99' }));
    expect([code.code, code.issues]).toEqual(['VALIDATION', [{ severity: 'error', field: 'industryCode', value: 'C99', message: '行业代码应为 GB/T 4754-2017 行业代码（如 C3982、C39、C）' }]]);
    const area = await refusal(screen({ ...furniture, subAreas: ['白鹤工业园'] }));
    expect(area.issues).toMatchObject([{ field: 'subAreas', value: '白鹤工业园' }]);
    expect(area.issues[0]!.message).toContain('subAreas 的值"白鹤工业园"无效');
    const unnamed = await refusal(screen({ ...furniture, save: true }));
    expect(unnamed.issues).toMatchObject([{ field: 'projectName', message: '保存审核记录须填写项目名称' }]);
    expect(await count(sql`SELECT count(*)::int AS n FROM admission_screenings`)).toBe(0);
  });

  it('keeps saved screenings with their decisions, audited, and counts a year', async () => {
    const before = await changes('admission_screening');
    const kept = await screenAdmissionProject(ctx, PARK, { ...furniture, projectName: '年产5万套实木家具项目', applicant: '祁东某家具有限公司', year: 2026, save: true });
    expect(kept.saved).toMatchObject({ year: 2026, projectName: '年产5万套实木家具项目', applicant: '祁东某家具有限公司', outcome: 'pass', decidedBy: [], screenedBy: 'test' });
    expect(kept.saved!.project).toEqual({ industryCode: 'C2110', heavyMetals: false, vocs: false, airPolluting: false, landClass: 'M2', subAreas: ['归阳工业园'] });
    await screen({ ...furniture, vocs: true, projectName: '家具喷涂线', year: 2026, save: true });
    await screen({ ...furniture, industryCode: 'C3982', projectName: '线路板项目', year: 2026, save: true });
    // Counted in the current Beijing year when no year is given: 2026-12-31T16:30Z is 2027-01-01 in Beijing.
    const next = await screenAdmissionProject(ctx, PARK, { ...furniture, projectName: '跨年项目', save: true }, new Date('2026-12-31T16:30:00Z'));
    expect(next.saved!.year).toBe(2027);
    expect(await changes('admission_screening')).toBe(before + 4);

    const year = await listAdmissionScreenings(ctx, PARK, 2026);
    expect(year.screenings.map((s) => [s.projectName, s.outcome])).toEqual([
      ['年产5万套实木家具项目', 'pass'],
      ['家具喷涂线', 'conditional'],
      ['线路板项目', 'fail'],
    ]);
    expect(year.screenings[2]!.decidedBy.map((h) => h.id)).toEqual(['guiyang-circuit-boards']);
    expect(year.summary).toEqual({ screened: 3, admitted: 2, conditional: 1, failed: 1, sentence: '审核拟引进项目3个，2个通过了环保审核（其中1个附条件通过），1个未通过、不予入园' });
    expect(await admissionScreeningCounts(ctx, PARK, 2027)).toEqual({ screened: 1, admitted: 1, conditional: 0, failed: 0, sentence: '新引进的1个项目均通过了环保审核' });
    expect((await admissionScreeningCounts(ctx, PARK, 2025)).sentence).toBe('本年度无拟引进项目的环保审核');
  });

  it('a kept screening keeps the rule wording it was screened by after the rules change', async () => {
    const changed = DEMO_PARK_ADMISSION_RULES.rules.map((r) => (r.id === 'guiyang-circuit-boards' ? { ...r, wording: '改写后的条文' } : r));
    await putAdmissionRules(ctx, PARK, { subAreas: DEMO_PARK_ADMISSION_RULES.subAreas, rules: changed });
    expect((await screen({ ...furniture, industryCode: 'C3982' })).decidedBy[0]!.wording).toBe('改写后的条文');
    const kept = (await listAdmissionScreenings(ctx, PARK, 2026)).screenings[2]!;
    expect(kept.decidedBy[0]!.wording).toBe('②归阳工业园，湘环评[2014]89号：重点发展机械制造、电子信息(不含线路板制造)、食品农副产品加工等产业');
    await putAdmissionRules(ctx, PARK, { subAreas: DEMO_PARK_ADMISSION_RULES.subAreas, rules: DEMO_PARK_ADMISSION_RULES.rules });
  });

  it('refuses a rules file with a bad trigger kind, a bad code and a missing wording, naming index and field; nothing written', async () => {
    const before = await getAdmissionRules(ctx, PARK);
    const audits = await changes('admission_rule_set');
    const rule = { id: 'r', effect: 'prohibited', trigger: { kind: 'heavyMetals' }, subArea: null, wording: '禁止', source: '某文件' };
    const file = JSON.stringify({
      subAreas: ['云鹤工业园'],
      rules: [
        rule,
        { ...rule, id: 'chem', trigger: { kind: 'chemical' } },
        { ...rule, id: 'codes', trigger: { kind: 'industry', codes: ['C397', 'X99'] } },
        { id: 'nowording', effect: 'restricted', trigger: { kind: 'vocs' }, subArea: '云鹤工业园', source: '某文件' },
      ],
    });
    const e = await refusal(loadAdmissionRulesFile(ctx, PARK, Buffer.from(file), 'rules.json'));
    expect([e.code, e.message]).toEqual(['VALIDATION', 'rules.json：准入条件有误，未保存任何修改（3处错误）']);
    expect(e.issues).toEqual([
      { severity: 'error', file: 'rules.json', field: 'rules.1.trigger.kind', value: 'chemical', message: '触发条件类型应为 industry、heavyMetals、vocs、airPolluting、landClass 之一' },
      { severity: 'error', file: 'rules.json', field: 'rules.2.trigger.codes.1', value: 'X99', message: '行业代码应为 GB/T 4754-2017 行业代码（如 C3982、C39、C）' },
      { severity: 'error', file: 'rules.json', field: 'rules.3.wording', value: undefined, message: '缺少条文原文' },
    ]);
    // A rule naming a sub-area the park does not declare, and a repeated id.
    const areas = await refusal(putAdmissionRules(ctx, PARK, { subAreas: ['云鹤工业园'], rules: [rule, { ...rule, subArea: '北区' }] }));
    expect(areas.issues.map((i) => [i.field, i.message])).toEqual([
      ['rules.1.id', '规则编号"r"与第1条规则重复'],
      ['rules.1.subArea', '片区"北区"不在园区片区（云鹤工业园）中'],
    ]);
    const broken = await refusal(loadAdmissionRulesFile(ctx, PARK, '{"rules": [', 'broken.json'));
    expect([broken.code, broken.message, broken.issues[0]!.file]).toEqual(['IMPORT_INVALID', 'broken.json：不是有效的 JSON 文件，未保存任何修改', 'broken.json']);
    expect(await getAdmissionRules(ctx, PARK)).toEqual(before);
    expect(await changes('admission_rule_set')).toBe(audits);
  });

  it('loads a rules file as a whole, canonical codes, audited as one update', async () => {
    const audits = await changes('admission_rule_set');
    const file = {
      park: '任意名称',
      subAreas: ['云鹤工业园'],
      rules: [{ id: 'yunhe', effect: 'prohibited', trigger: { kind: 'industry', codes: ['397', 'c398'] }, subArea: '云鹤工业园', wording: '云鹤工业园禁止引入电子元器件', source: '三线一单' }],
      source: '测试文件',
    };
    const set = await loadAdmissionRulesFile(ctx, PARK, Buffer.from(`\uFEFF${JSON.stringify(file)}`), 'rules.json');
    expect([set.subAreas, set.rules[0]!.trigger, set.source, set.park]).toEqual([['云鹤工业园'], { kind: 'industry', codes: ['C397', 'C398'] }, '测试文件', '湖南祁东高新技术产业开发区']);
    expect(await changes('admission_rule_set')).toBe(audits + 1);
    expect((await screen({ industryCode: 'C3971', subAreas: ['云鹤工业园'] })).outcome).toBe('fail');
    const { subAreas, rules } = DEMO_PARK_ADMISSION_RULES;
    await putAdmissionRules(ctx, PARK, { subAreas, rules });
  });

  it('keeps an empty source as none', async () => {
    const { subAreas, rules } = DEMO_PARK_ADMISSION_RULES;
    expect((await putAdmissionRules(ctx, PARK, { subAreas, rules, source: '  ' })).source).toBeNull();
  });

  it('loads what it reads: the rule set as the API and `admission rules --json` give it is a rules file', async () => {
    const read = await getAdmissionRules(ctx, PARK);
    const loaded = await loadAdmissionRulesFile(ctx, PARK, JSON.stringify(read), 'exported.json');
    expect([loaded.subAreas, loaded.rules, loaded.source]).toEqual([read.subAreas, read.rules, read.source]);
  });

  it('a park without rules: an empty set to read, and screening says to set them first', async () => {
    await createPark(ctx, { code: 'S500102', name: '无准入条件测试园区', level: '市级', divisionCode: '500101' });
    expect(await getAdmissionRules(ctx, 'S500102')).toMatchObject({ subAreas: [], rules: [], updatedBy: null, updatedAt: null });
    const e = await refusal(screenAdmissionProject(ctx, 'S500102', furniture));
    expect([e.code, e.message]).toEqual(['NOT_FOUND', '园区 S500102 的准入条件（请先设置或导入准入条件）不存在']);
  });
});
