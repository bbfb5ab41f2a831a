import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shanghaiYear } from '../../src/domain/report/reportingYear.js';
import { DEMO_PARK_ADMISSION_RULES } from '../../src/domain/registers/admission/demoParkAdmissionRules.js';
import type { Store } from '../../src/store/client.js';
import { createDemoApp, loginAs, type Client } from '../helpers/demoApp.js';
import { storeKinds } from '../helpers/testStore.js';

const P = '/api/parks/S437012/admission';
// Seed 000: a circuit-board maker (C3982 电子电路制造) in 云鹤工业园, where 印刷线路板 is prohibited (table 4, 空间布局约束 1.1).
const boards = { industryCode: 'C3982', subAreas: ['云鹤工业园'], projectName: '年产30万平方米印制电路板项目', applicant: '某电子科技有限公司', year: 2024 };

describe.each(await storeKinds())('admission screening through the HTTP API on %s', (kind) => {
  let store: Store;
  let app: FastifyInstance;
  let officer: Client;
  let reviewer: Client;
  const audits = async () =>
    ((await store.db.execute(sql`SELECT count(*)::int AS n FROM change_log WHERE entity LIKE 'admission%'`)) as unknown as { rows: { n: number }[] }).rows[0]!.n;

  beforeAll(async () => {
    ({ store, app } = await createDemoApp(kind));
    officer = await loginAs(app, 'officer');
    reviewer = await loginAs(app, 'hunan');
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it('reads the demo park\'s rules', async () => {
    const res = await reviewer.get(`${P}/rules`);
    expect(res.statusCode, res.body).toBe(200);
    const set = res.json();
    expect([set.parkCode, set.subAreas, set.rules.length]).toEqual(['S437012', DEMO_PARK_ADMISSION_RULES.subAreas, 7]);
    expect(set.rules[4]).toEqual(DEMO_PARK_ADMISSION_RULES.rules[4]);
  });

  it('screens a project: fail with the deciding rule, its wording and source; a reviewer may screen but not save', async () => {
    const res = await reviewer.inject({ method: 'POST', url: `${P}/screen`, payload: { ...boards, save: false } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      outcome: 'fail',
      industryCode: 'C3982',
      industryName: '计算机、通信和其他电子设备制造业',
      industryNameCode: 'C39',
      decidedBy: [
        {
          id: 'yunhe-electronic-components',
          effect: 'prohibited',
          wording: '（1.1）禁止：云鹤工业园禁止引入电子元器件和印刷线路板产业。',
          source: '“三线一单”生态环境管控要求 ZH43042620004 祁东高新技术产业开发区（自评估报告表4） 空间布局约束',
          match: 'certain',
        },
      ],
      saved: null,
    });
    const save = await reviewer.inject({ method: 'POST', url: `${P}/screen`, payload: { ...boards, save: true } });
    expect(save.statusCode).toBe(403);
  });

  it('an officer saves screenings; the year lists them with their counts', async () => {
    const before = await audits();
    const failed = await officer.inject({ method: 'POST', url: `${P}/screen`, payload: { ...boards, save: true } });
    expect(failed.statusCode, failed.body).toBe(200);
    expect(failed.json().saved).toMatchObject({ year: 2024, projectName: boards.projectName, outcome: 'fail', screenedBy: 'officer' });
    const vocs = { industryCode: 'C2110', vocs: true, subAreas: ['归阳工业园'], projectName: '家具涂装项目', year: 2024, save: true };
    expect((await officer.inject({ method: 'POST', url: `${P}/screen`, payload: vocs })).json().outcome).toBe('conditional');
    expect(await audits()).toBe(before + 2);
    const year = (await reviewer.get(`${P}/screenings?year=2024`)).json();
    expect(year.screenings.map((s: { projectName: string }) => s.projectName)).toEqual([boards.projectName, '家具涂装项目']);
    expect(year.summary).toEqual({ screened: 2, admitted: 1, conditional: 1, failed: 1, sentence: '审核拟引进项目2个，1个通过了环保审核（其中1个附条件通过），1个未通过、不予入园' });
    // Without a year: the current year in Beijing time, which has none of these.
    const current = (await reviewer.get(`${P}/screenings`)).json();
    expect([current.year, current.summary.screened]).toEqual([shanghaiYear(new Date()), 0]);
  });

  it('an officer deletes a screening entered by mistake (audited); a reviewer may not', async () => {
    const before = await audits();
    const saved = (await officer.inject({ method: 'POST', url: `${P}/screen`, payload: { industryCode: 'C2110', projectName: '误录项目', year: 2024, save: true } })).json().saved;
    expect((await reviewer.inject({ method: 'DELETE', url: `${P}/screenings/${saved.id}` })).statusCode).toBe(403);
    expect((await officer.inject({ method: 'DELETE', url: `${P}/screenings/${saved.id}` })).statusCode).toBe(204);
    expect((await officer.inject({ method: 'DELETE', url: `${P}/screenings/${saved.id}` })).statusCode).toBe(404);
    expect((await reviewer.get(`${P}/screenings?year=2024`)).json().summary.screened).toBe(2);
    expect(await audits()).toBe(before + 2);
  });

  it('refuses a bad project with 400 naming field and value', async () => {
    const res = await officer.inject({ method: 'POST', url: `${P}/screen`, payload: { industryCode: 'Z12', landClass: 'M4' } });
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.issues.map((i: { field: string; value: unknown }) => [i.field, i.value]);
    expect(fields).toEqual([
      ['industryCode', 'Z12'],
      ['landClass', 'M4'],
    ]);
  });

  it('PUT replaces the rules as a whole (audited); a bad rule is refused naming index and field, nothing written', async () => {
    const before = await audits();
    const bad = await officer.inject({
      method: 'PUT',
      url: `${P}/rules`,
      payload: { subAreas: [], rules: [{ id: 'x', effect: 'prohibited', trigger: { kind: 'chemical' }, subArea: null, wording: '禁止', source: '文件' }] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues).toMatchObject([{ field: 'rules.0.trigger.kind', value: 'chemical' }]);
    expect(await audits()).toBe(before);

    const rules = [...DEMO_PARK_ADMISSION_RULES.rules, { id: 'chem', effect: 'restricted', trigger: { kind: 'industry', codes: ['26'] }, subArea: null, wording: '限制化工项目', source: '测试' }];
    const put = await officer.inject({ method: 'PUT', url: `${P}/rules`, payload: { subAreas: DEMO_PARK_ADMISSION_RULES.subAreas, rules, source: null } });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().rules[7]).toMatchObject({ id: 'chem', trigger: { kind: 'industry', codes: ['C26'] } });
    expect(put.json().updatedBy).toBe('officer');
    expect(await audits()).toBe(before + 1);
    const longCode = await officer.inject({ method: 'PUT', url: `/api/parks/${'S'.repeat(30)}/admission/rules`, payload: { subAreas: [], rules: [] } });
    expect(longCode.json().error.issues).toMatchObject([{ field: 'code' }]);
    const reviewerPut = await reviewer.inject({ method: 'PUT', url: `${P}/rules`, payload: { subAreas: [], rules: [] } });
    expect(reviewerPut.statusCode).toBe(403);
  });

  it('loads a JSON rules file, all or nothing, naming the file', async () => {
    const bad = await officer.inject({
      method: 'POST',
      url: `${P}/rules/file?file=${encodeURIComponent('准入条件.json')}`,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      payload: JSON.stringify({ subAreas: [], rules: [{ id: 'x', effect: 'prohibited', trigger: { kind: 'industry', codes: ['C00'] }, subArea: null, source: '文件' }] }),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toBe('准入条件.json：准入条件有误，未保存任何修改（2处错误）');
    expect(bad.json().error.issues.map((i: { field: string }) => i.field)).toEqual(['rules.0.trigger.codes.0', 'rules.0.wording']);
    expect((await reviewer.get(`${P}/rules`)).json().rules).toHaveLength(8);

    const file = JSON.stringify(DEMO_PARK_ADMISSION_RULES);
    const ok = await officer.inject({ method: 'POST', url: `${P}/rules/file?file=demo.json`, headers: { 'content-type': 'text/plain' }, payload: file });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().rules).toEqual(DEMO_PARK_ADMISSION_RULES.rules);
  });
});
