import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/services/context.js';
import { createStation } from '../../src/services/monitoring/stations.js';
import { createPark } from '../../src/services/parks/parkProfile.js';
import type { Store } from '../../src/store/client.js';
import { addTestUser, createDemoApp, loginAs, TEST_PASSWORD, type Client } from '../helpers/demoApp.js';
import { storeKinds } from '../helpers/testStore.js';

const P = '/api/parks/S437012';
const B = 'S500101';
const point = { name: '归阳镇下游断面', kind: 'surface_water', role: 'downstream', longitude: '112°13′5″', latitude: '26度33分50秒', standardCode: 'GB3838', standardClass: 'Ⅲ类', items: ['pH', '化学需氧量', '氨氮'] };

describe.each(await storeKinds())('monitoring points through the HTTP API on %s', (kind) => {
  let store: Store;
  let app: FastifyInstance;
  let officer: Client;
  let reviewer: Client;
  let officerB: Client;
  let bStationId: number;

  const changes = async (entityId: number) =>
    ((await store.db.execute(sql`SELECT action, actor, after FROM change_log WHERE entity = 'monitoring_point' AND entity_id = ${entityId} ORDER BY id`)) as unknown as {
      rows: { action: string; actor: string; after: Record<string, unknown> | null }[];
    }).rows;

  beforeAll(async () => {
    ({ store, app } = await createDemoApp(kind));
    const ctx = systemContext(store.db, 'test');
    await createPark(ctx, { code: B, name: '重庆万州测试园区', level: '市级', divisionCode: '500101' });
    bStationId = (await createStation(ctx, B, { mn: 'CQWZ0000000000000AIR0001', name: '万州空气站', systemCode: '22', password: '123456' })).id;
    await addTestUser(ctx, { username: 'officerB', displayName: 'B园区专员', role: 'officer', parkCodes: [B], password: TEST_PASSWORD });
    officer = await loginAs(app, 'officer');
    reviewer = await loginAs(app, 'hunan');
    officerB = await loginAs(app, 'officerB');
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('lists the demo park’s three micro-stations of table 6 with their coordinates both ways, roles and stations', async () => {
    const res = await reviewer.get(`${P}/monitoring-points`);
    expect(res.statusCode).toBe(200);
    // The 18 points of the 2024 monitoring plan (table 3) have illustrative coordinates, said so in their note.
    const all: Record<string, unknown>[] = res.json();
    const illustrative = all.filter((p) => String(p.note ?? '').includes('示意坐标，报告未给出'));
    expect(illustrative).toHaveLength(18);
    const rows = all.filter((p) => !illustrative.includes(p)).map((p) => [p.name, p.kindLabel, p.roleLabel, p.longitudeDms, p.latitudeDms, p.longitude, p.latitude, p.stationMn]);
    // Decimals by hand: 112 + 12/60 + 58/3600 = 112.216111; 26 + 34/60 + 9/3600 = 26.569167; 112 + 11/60 + 56/3600 = 112.198889;
    // 26 + 33/60 + 32/3600 = 26.558889; 112 + 12/60 + 18/3600 = 112.205; 26 + 34/60 + 15/3600 = 26.570833.
    expect(rows).toEqual([
      ['张家岭路', '微站', '园区内', '112°12′58″', '26°34′9″', '112.216111', '26.569167', 'QDGY00000000000000AIR001'],
      ['美皇制衣', '微站', '下风向', '112°11′56″', '26°33′32″', '112.198889', '26.558889', 'QDGY00000000000000AIR002'],
      ['成章学校', '微站', '上风向', '112°12′18″', '26°34′15″', '112.205000', '26.570833', 'QDGY00000000000000AIR003'],
      // The county's city station of 三(一) (seedDemoAirData): 0.09° = 5.4′ = 5′24″, 0.79° = 47.4′ = 47′24″.
      ['祁东县城市站', '城市站', '无', '112°5′24″', '26°47′24″', '112.090000', '26.790000', null],
    ]);
    expect(res.json()[0]).toMatchObject({ standardCode: 'GB3095', standardClass: '二级', items: ['二氧化硫', '氮氧化物', '臭氧', '一氧化碳', 'PM2.5', 'PM10'], warnings: [] });
  });

  it('adds a point from degrees-minutes-seconds text, answers it both ways, and records who did it', async () => {
    const created = await officer.inject({ method: 'POST', url: `${P}/monitoring-points`, payload: point });
    expect(created.statusCode, created.body).toBe(201);
    const p = created.json();
    // 112 + 13/60 + 5/3600 = 112.218056 (0.2180555…); 26 + 33/60 + 50/3600 = 26.563889 (0.5638888…)
    expect(p).toMatchObject({ kind: 'surface_water', kindLabel: '地表水断面', role: 'downstream', roleLabel: '下游', longitude: '112.218056', latitude: '26.563889', longitudeDms: '112°13′5″', latitudeDms: '26°33′50″', stationId: null, stationMn: null, items: ['pH', '化学需氧量', '氨氮'] });
    expect((await reviewer.get(`${P}/monitoring-points/${p.id}`)).json()).toEqual(p);
    expect(await changes(p.id)).toEqual([expect.objectContaining({ action: 'create', actor: 'officer', after: expect.objectContaining({ name: point.name, longitude: '112.218056' }) })]);
  });

  it('changes a point with decimal degrees and a station of its park, then deletes it, each change in the audit trail', async () => {
    const { id } = (await officer.inject({ method: 'POST', url: `${P}/monitoring-points`, payload: { ...point, name: '临时点位' } })).json();
    const station = (await officer.get(`${P}/stations`)).json()[0];
    const updated = await officer.inject({ method: 'PUT', url: `${P}/monitoring-points/${id}`, payload: { ...point, name: '临时点位', kind: 'air_station', role: null, longitude: 112.2, latitude: '26.5', stationId: station.id, standardCode: null, standardClass: null } });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({ role: null, roleLabel: '无', longitude: '112.200000', longitudeDms: '112°12′0″', latitudeDms: '26°30′0″', stationId: station.id, stationMn: station.mn });
    const deleted = await officer.inject({ method: 'DELETE', url: `${P}/monitoring-points/${id}` });
    expect(deleted.statusCode).toBe(204);
    expect((await officer.get(`${P}/monitoring-points/${id}`)).statusCode).toBe(404);
    expect((await changes(id)).map((c) => c.action)).toEqual(['create', 'update', 'delete']);
  });

  it('refuses bad coordinates with a Chinese error naming the field and the value', async () => {
    const post = (over: Record<string, unknown>) => officer.inject({ method: 'POST', url: `${P}/monitoring-points`, payload: { ...point, name: '坏点位', ...over } });
    const minutes = await post({ longitude: '112°61′58″' });
    expect(minutes.statusCode).toBe(400);
    expect(minutes.json().error.issues).toEqual([expect.objectContaining({ field: 'longitude', message: '经度“112°61′58″”有误：分应在0至59之间，实际为61' })]);
    const letters = await post({ latitude: 'abc' });
    expect(letters.json().error.issues).toEqual([expect.objectContaining({ field: 'latitude', message: expect.stringContaining('纬度“abc”无法识别') })]);
    const empty = await post({ longitude: '' });
    expect(empty.json().error.issues).toEqual([expect.objectContaining({ field: 'longitude', message: expect.stringMatching(/^经度不能为空/) })]);
    const missing = await post({ latitude: undefined, kind: 'volcano' });
    expect(missing.json().error.issues.map((i: { field: string }) => i.field).sort()).toEqual(['kind', 'latitude']);
    expect((await officer.get(`${P}/monitoring-points`)).json().map((p: { name: string }) => p.name)).not.toContain('坏点位');
  });

  it('warns, without refusing, of a point outside China', async () => {
    const res = await officer.inject({ method: 'POST', url: `${P}/monitoring-points`, payload: { ...point, name: '西经的点位', longitude: '74°0′36″W', latitude: '40.7' } });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ longitude: '-74.010000', longitudeDms: '-74°0′36″', warnings: ['经度 -74.01 不在中国境内范围（约 73°33′E 至 135°05′E），请核对'] });
  });

  it('refuses a station of another park, a name used twice, and a class without its standard', async () => {
    const other = await officer.inject({ method: 'POST', url: `${P}/monitoring-points`, payload: { ...point, name: '借用站点', stationId: bStationId } });
    expect(other.statusCode).toBe(400);
    expect(other.json().error.issues).toEqual([expect.objectContaining({ field: 'stationId', message: `站点 ${bStationId} 不是本园区的监测站点` })]);
    const twice = await officer.inject({ method: 'POST', url: `${P}/monitoring-points`, payload: { ...point, name: '张家岭路' } });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.issues).toEqual([expect.objectContaining({ field: 'name' })]);
    const noStandard = await officer.inject({ method: 'POST', url: `${P}/monitoring-points`, payload: { ...point, name: '无标准', standardCode: null } });
    expect(noStandard.json().error.issues).toEqual([expect.objectContaining({ field: 'standardCode', message: '填写了标准类别时应选择执行标准' })]);
  });

  it('refuses another park’s officer and a reviewer any change, and changes nothing', async () => {
    const before = (await officer.get(`${P}/monitoring-points`)).body;
    const first = (await officer.get(`${P}/monitoring-points`)).json()[0];
    for (const client of [officerB, reviewer]) {
      expect((await client.inject({ method: 'POST', url: `${P}/monitoring-points`, payload: { ...point, name: '越权点位' } })).statusCode).toBe(403);
      expect((await client.inject({ method: 'PUT', url: `${P}/monitoring-points/${first.id}`, payload: { ...point, name: '越权改名' } })).statusCode).toBe(403);
      expect((await client.inject({ method: 'DELETE', url: `${P}/monitoring-points/${first.id}` })).statusCode).toBe(403);
    }
    expect((await officerB.get(`${P}/monitoring-points`)).statusCode).toBe(403);
    expect((await officer.get(`${P}/monitoring-points`)).body).toBe(before);
    // A point of park A is not found through park B.
    expect((await officerB.get(`/api/parks/${B}/monitoring-points/${first.id}`)).statusCode).toBe(404);
  });
});
