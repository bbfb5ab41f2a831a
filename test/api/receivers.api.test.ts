import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHj212Receiver } from '../../src/server/hj212/receiver.js';
import type { Store } from '../../src/store/client.js';
import { createDemoApp, loginAs } from '../helpers/demoApp.js';
import { storeKinds } from '../helpers/testStore.js';

describe.each(await storeKinds())('HJ 212 receivers through the HTTP API on %s', (kind) => {
  let store: Store;
  let app: FastifyInstance;

  beforeAll(async () => {
    ({ store, app } = await createDemoApp(kind));
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('lists a receiver the app was never given (as `parkeco ingest` runs beside it), running, then stopped', async () => {
    // Another "process": a receiver on the same store only.
    const receiver = createHj212Receiver({ db: store.db, port: 0, host: '127.0.0.1', statusEveryMs: 100 });
    const port = await receiver.listen();
    const reviewer = await loginAs(app, 'admin');
    const listed = async () => {
      const res = await reviewer.get('/api/receiver/stats');
      expect(res.statusCode).toBe(200);
      return (res.json().receivers as { port: number }[]).filter((r) => r.port === port);
    };
    expect(await listed()).toEqual([
      expect.objectContaining({ port, pid: process.pid, mode: 'lenient', running: true, stoppedAt: null, framesReceived: 0, errors: {} }),
    ]);
    // The fields docs/API.md names.
    expect(Object.keys((await listed())[0]).sort()).toEqual(
      ['id', 'host', 'port', 'pid', 'mode', 'startedAt', 'heartbeatAt', 'stoppedAt', 'running', 'connections', 'connectionsTotal',
        'connectionsRefused', 'framesReceived', 'framesPerSecond', 'framesStored', 'acksSent', 'bytesReceived', 'errors'].sort(),
    );
    await receiver.close();
    const [stopped] = await listed();
    expect(stopped).toMatchObject({ running: false, stoppedAt: expect.any(String) });
  });

  it('shows host and PID to administrators only; other users see the counters', async () => {
    const receiver = createHj212Receiver({ db: store.db, port: 0, host: '127.0.0.1', statusEveryMs: 100 });
    const port = await receiver.listen();
    const seen = async (user: string) =>
      ((await (await loginAs(app, user)).get('/api/receiver/stats')).json().receivers as { port: number }[]).find((r) => r.port === port)!;
    expect(await seen('admin')).toMatchObject({ host: expect.any(String), pid: process.pid });
    for (const user of ['hunan', 'officer']) {
      const r = await seen(user);
      expect(r).toMatchObject({ port, framesReceived: 0 });
      expect(r).not.toHaveProperty('host');
      expect(r).not.toHaveProperty('pid');
    }
    await receiver.close();
  });

  it('refuses anonymous requests (401)', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/receiver/stats' });
    expect(res.statusCode).toBe(401);
  });
});
