/**
 * 园区管理 through the HTTP API: an administrator creates, edits, retires and restores parks; nobody else may. A
 * retired park keeps its data, is left out of the park list (the pickers), and is read-only until restored. And
 * the report page's list of what the annual report leaves out, from the report service.
 */
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../../src/render/docx/readDocx.js';
import type { Store } from '../../src/store/client.js';
import { createDemoApp, loginAs, type Client } from '../helpers/demoApp.js';
import { storeKinds } from '../helpers/testStore.js';

const NEW_PARK = { code: 'S437901', name: '衡阳测试工业园区', level: '省级', divisionCode: '430405' };

describe.each(await storeKinds())('园区管理 and report sections on %s', (kind) => {
  let store: Store;
  let app: FastifyInstance;
  let admin: Client;
  let officer: Client;
  let reviewer: Client;

  beforeAll(async () => {
    ({ store, app } = await createDemoApp(kind));
    admin = await loginAs(app, 'admin');
    officer = await loginAs(app, 'officer');
    reviewer = await loginAs(app, 'hunan');
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  const codes = async (c: Client, url = '/api/parks') => ((await c.get(url)).json() as { code: string }[]).map((p) => p.code);

  it('lets only the administrator create, edit, retire and restore a park', async () => {
    const created = await admin.inject({ method: 'POST', url: '/api/parks', payload: NEW_PARK });
    expect(created.statusCode).toBe(201);
    for (const c of [officer, reviewer]) {
      expect((await c.inject({ method: 'POST', url: '/api/parks', payload: { ...NEW_PARK, code: 'S437902' } })).statusCode).toBe(403);
      expect((await c.inject({ method: 'PUT', url: '/api/parks/S437901/identity', payload: NEW_PARK })).statusCode).toBe(403);
      expect((await c.inject({ method: 'POST', url: '/api/parks/S437012/retire' })).statusCode).toBe(403);
      expect((await c.inject({ method: 'POST', url: '/api/parks/S437012/restore' })).statusCode).toBe(403);
    }

    const edited = await admin.inject({
      method: 'PUT',
      url: '/api/parks/S437901/identity',
      payload: { code: 'G437901', name: '衡阳国家级测试园区', level: '国家级', divisionCode: '430407' },
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ code: 'G437901', name: '衡阳国家级测试园区', level: '国家级', divisionCode: '430407', divisionName: '湖南省衡阳市石鼓区', retiredAt: null });
    expect((await admin.get('/api/parks/S437901')).statusCode).toBe(404);
  });

  it('checks the park code against its division and level, and refuses a code in use', async () => {
    const wrongProvince = await admin.inject({ method: 'POST', url: '/api/parks', payload: { ...NEW_PARK, code: 'S507903' } });
    expect(wrongProvince.statusCode).toBe(400);
    expect(wrongProvince.json().error.issues).toEqual([
      expect.objectContaining({ field: 'code', value: 'S507903', message: '园区代码第2、3位"50"（重庆市）与所在行政区划（湖南省）不符' }),
    ]);
    const gNotNational = await admin.inject({ method: 'PUT', url: '/api/parks/G437901/identity', payload: { ...NEW_PARK, code: 'G437901' } });
    expect(gNotNational.statusCode).toBe(400);
    expect(gNotNational.json().error.issues[0].message).toBe('园区代码以 G 开头表示国家级园区，园区级别应为国家级');
    const taken = await admin.inject({ method: 'PUT', url: '/api/parks/G437901/identity', payload: { code: 'S437012', name: 'x', level: '省级', divisionCode: '430426' } });
    expect(taken.statusCode).toBe(409);
  });

  it('retires a park: its data stays readable, it leaves the list, and nothing can be changed until restored', async () => {
    const retired = await admin.inject({ method: 'POST', url: '/api/parks/S437012/retire' });
    expect(retired.statusCode).toBe(200);
    expect(retired.json().retiredAt).toEqual(expect.any(String));

    expect(await codes(admin)).not.toContain('S437012');
    expect(await codes(officer)).toEqual([]);
    expect(await codes(admin, '/api/parks?includeRetired=true')).toContain('S437012');

    expect((await officer.get('/api/parks/S437012/enterprises')).json().total).toBe(50);
    const write = await officer.inject({ method: 'POST', url: '/api/parks/S437012/enterprises', payload: { name: '停用后新增企业', status: 'operating' } });
    expect(write.statusCode).toBe(403);
    expect(write.json().error.message).toBe('园区 S437012 已停用，数据只读；恢复后方可修改');
    expect((await admin.inject({ method: 'PUT', url: '/api/parks/S437012/identity', payload: { code: 'S437012', name: 'x', level: '省级', divisionCode: '430426' } })).statusCode).toBe(403);

    const restored = await admin.inject({ method: 'POST', url: '/api/parks/S437012/restore' });
    expect(restored.statusCode).toBe(200);
    expect(restored.json().retiredAt).toBeNull();
    expect(await codes(officer)).toEqual(['S437012']);
    expect((await officer.inject({ method: 'POST', url: '/api/parks/S437012/enterprises', payload: { name: '恢复后新增企业', status: 'operating' } })).statusCode).toBe(201);
  });

  it('records each change of a park in the audit trail', async () => {
    const rows = (await store.db.execute(sql`SELECT action, actor FROM change_log WHERE entity = 'park' ORDER BY id`)) as unknown as {
      rows: { action: string; actor: string }[];
    };
    // The demo park's creation (by the seed), then the test park's creation and edit, then retire and restore.
    expect(rows.rows.map((r) => r.action)).toEqual(['create', 'create', 'update', 'retire', 'restore']);
    expect(rows.rows.slice(1).every((r) => r.actor.includes('admin'))).toBe(true);
  });

  it('says which sections of the annual report the platform writes, and the report has exactly those', async () => {
    const res = await officer.get('/api/reports/annual/sections');
    expect(res.statusCode).toBe(200);
    const { sections, missing } = res.json() as {
      sections: { heading: string; level: number; produced: boolean; partial: string | null }[];
      missing: { heading: string }[];
    };
    // Chapters 一 to 五 of shared/seeds/000, chapter 二 with its ten parts.
    expect(sections.filter((s) => s.level === 1).map((s) => s.heading)).toEqual([
      '一、园区概况',
      '二、环境管理情况',
      '三、园区环保工作成效、主要措施做法',
      '四、园区生态环境管理存在主要问题和难题',
      '五、下一步工作计划',
    ]);
    expect(sections.filter((s) => s.level === 2)).toHaveLength(10);
    expect(missing.map((s) => s.heading)).toContain('（七）投诉及督察整改');
    // （四） is written whole; of （八） the emission reduction is, and what it does not hold yet is listed with it.
    expect(sections.find((s) => s.heading === '（四）大气环境管理')).toMatchObject({ produced: true, partial: null });
    expect(sections.find((s) => s.heading === '（八）污染减排、绿色创新示范工作')).toMatchObject({ produced: true, partial: '绿色创新示范工作' });
    expect(missing.map((s) => s.heading)).not.toContain('一、园区概况');

    expect(missing.map((s) => s.heading)).not.toContain('五、下一步工作计划');

    // The demo park has written none of the narrative chapters: the report holds the computed sections only.
    const doc = await readDocx((await officer.get('/api/parks/S437012/reports/annual.docx?year=2024')).rawPayload);
    const produced = sections.filter((s) => s.produced).map((s) => s.heading);
    expect(doc.paragraphs.filter((p) => sections.some((s) => s.heading === p))).toEqual(produced);
  });
});
