import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/client.js';
import { createDemoApp, loginAs, type Client } from '../helpers/demoApp.js';
import { storeKinds } from '../helpers/testStore.js';

const P = '/api/parks/S437012';
const station = { mn: 'QD0000000000000000000321', name: '污水总排口', systemCode: '32', password: '123456' };

describe.each(await storeKinds())('monitoring stations through the HTTP API on %s', (kind) => {
  let store: Store;
  let app: FastifyInstance;
  let officer: Client;

  beforeAll(async () => {
    ({ store, app } = await createDemoApp(kind));
    officer = await loginAs(app, 'officer');
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('refuses limits given twice for a factor, without bounds, or with the upper below the lower', async () => {
    const post = (limits: unknown) => officer.inject({ method: 'POST', url: `${P}/stations`, payload: { ...station, limits } });
    const twice = await post([
      { factorCode: 'w01018', upper: '50' },
      { factorCode: 'w01018', upper: '60' },
    ]);
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error.issues).toEqual([expect.objectContaining({ field: 'limits.1.factorCode', message: '因子 w01018 的限值重复' })]);
    const none = await post([{ factorCode: 'w01001' }]);
    expect(none.json().error.issues[0]).toMatchObject({ field: 'limits.0.upper', message: '上限和下限至少填写一个' });
    const upsideDown = await post([{ factorCode: 'w01001', upper: '6', lower: '9' }]);
    expect(upsideDown.json().error.issues[0]).toMatchObject({ field: 'limits.0.upper', message: '上限不能小于下限' });
  });

  it('registers a station, refuses its MN twice, and never returns its password', async () => {
    const created = await officer.inject({ method: 'POST', url: `${P}/stations`, payload: { ...station, limits: [{ factorCode: 'w01001', upper: '9', lower: '6' }] } });
    expect(created.statusCode).toBe(201);
    const s = created.json();
    expect(s).toMatchObject({ mn: station.mn, online: false, limits: [{ factorCode: 'w01001', upper: '9', lower: '6' }] });
    expect(JSON.stringify(s)).not.toContain('password');
    expect((await officer.inject({ method: 'POST', url: `${P}/stations`, payload: station })).statusCode).toBe(409);
    expect((await officer.get(`${P}/stations/${s.id}`)).json()).toEqual(s);
    expect((await officer.get(`${P}/stations/${s.id}/latest`)).json()).toEqual([]);
  });
});
