import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDataLoggerSimulator } from '../../src/cli/hj212/dataLoggerSimulator.js';
import { createHj212Receiver } from '../../src/server/hj212/receiver.js';
import { systemContext } from '../../src/services/context.js';
import { listReceivers } from '../../src/services/monitoring/receiverStatus.js';
import { createStation } from '../../src/services/monitoring/stations.js';
import type { Store } from '../../src/store/client.js';
import { receivers } from '../../src/store/schema/index.js';
import { createDemoStore } from '../helpers/demoApp.js';
import { createTestStore, storeKinds } from '../helpers/testStore.js';

const MN = 'QD0000000000000000000042';

describe.each(await storeKinds())('HJ 212 receivers publish their counters to the store on %s', (kind) => {
  let store: Store;
  const ctx = () => systemContext(store.db, 'test');
  /** The receiver listening on `port`, as the store shows it. */
  const shown = async (port: number) => (await listReceivers(ctx())).find((r) => r.port === port);

  beforeAll(async () => {
    store = await createDemoStore(kind, { users: false });
    await createStation(ctx(), 'S437012', { mn: MN, name: '园区西侧空气微站', systemCode: '22', password: '123456', uploadIntervalSeconds: 1, limits: [] });
  });
  afterAll(() => store.close());

  it('shows a receiver running with what it stored, then stopped with its final counts', async () => {
    const receiver = createHj212Receiver({ db: store.db, port: 0, host: '127.0.0.1', statusEveryMs: 100 });
    const port = await receiver.listen();
    // Registered by listen(), before any frame.
    expect(await shown(port)).toMatchObject({ running: true, stoppedAt: null, pid: process.pid, mode: 'lenient', framesStored: 0 });

    const sim = await runDataLoggerSimulator({ host: '127.0.0.1', port, mns: [MN], pw: '123456', rate: 50, durationS: 1, connections: 2 });
    expect(sim.failed).toBe(0);
    expect(sim.acked).toBeGreaterThan(20);
    await expect
      .poll(async () => (await shown(port))?.framesStored, { timeout: 10_000 })
      .toBe(sim.acked);
    expect(await shown(port)).toMatchObject({ running: true, acksSent: sim.acked, errors: {} });

    await receiver.close();
    const stopped = await shown(port);
    expect(stopped).toMatchObject({ running: false, framesReceived: sim.sent, framesStored: sim.acked, acksSent: sim.acked, connections: 0 });
    expect(stopped?.stoppedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('stops showing a receiver as running once its heartbeat is 10 s old, and forgets it after a day', async () => {
    // No heartbeat after registering within the test: the store's times are all that change.
    const receiver = createHj212Receiver({ db: store.db, port: 0, host: '127.0.0.1', statusEveryMs: 600_000 });
    const port = await receiver.listen();
    expect((await shown(port))?.running).toBe(true);
    const age = (interval: string) => store.db.execute(sql`update receivers set heartbeat_at = now() - ${interval}::interval where port = ${port}`);
    await age('11 seconds');
    expect(await shown(port)).toMatchObject({ running: false, stoppedAt: null });
    await age('25 hours');
    expect(await shown(port)).toBeUndefined();

    // Registering a receiver deletes those silent for over 7 days.
    await age('8 days');
    const other = createHj212Receiver({ db: store.db, port: 0, host: '127.0.0.1' });
    await other.listen();
    expect(await store.db.select().from(receivers).where(eq(receivers.port, port))).toEqual([]);
    await other.close();
    await receiver.close();
  });

  it('drops status writes the store refuses: no unhandled rejection, and close() still resolves', async () => {
    const lost = await createTestStore(kind);
    const receiver = createHj212Receiver({ db: lost.db, port: 0, host: '127.0.0.1', statusEveryMs: 20 });
    await receiver.listen();
    await lost.close();
    await new Promise((r) => setTimeout(r, 200)); // several failed heartbeats; vitest fails the run on an unhandled rejection
    await receiver.close();
  });
});
