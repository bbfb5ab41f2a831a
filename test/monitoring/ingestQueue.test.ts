import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/services/context.js';
import { IngestQueue } from '../../src/services/monitoring/ingestQueue.js';
import { createStation, listStations } from '../../src/services/monitoring/stations.js';
import type { Store } from '../../src/store/client.js';
import { countReadings } from '../../src/store/queries/monitoring.js';
import { createDemoStore } from '../helpers/demoApp.js';

describe('IngestQueue (group commit)', () => {
  let store: Store;
  let stationId: number;
  beforeAll(async () => {
    store = await createDemoStore('pglite', { users: false });
    stationId = (await createStation(systemContext(store.db, 'test'), 'S437012', { mn: 'QUEUE0001', name: '队列站', systemCode: '22', password: '1' })).id;
  });
  afterAll(() => store.close());

  const reading = (i: number) => ({
    parkId: 1,
    stationId,
    cn: '2011',
    dataTime: new Date(Date.UTC(2024, 0, 1, 0, 0, i)),
    receivedAt: new Date(),
    factors: { a34004: { rtd: String(30 + i), flag: 'N' } },
  });

  it('stores readings in batches, resolves each after its commit, reports overload and drain, and writes last-heard times', async () => {
    const queue = new IngestQueue(store.db, { maxBatch: 4, maxDelayMs: 5, highWater: 6 });
    let drained = 0;
    queue.onDrain(() => drained++);
    const done = Array.from({ length: 10 }, (_, i) => queue.submit(reading(i)));
    expect(queue.overloaded).toBe(false); // 10 submitted, but batches of 4 left as they came in
    const more = Array.from({ length: 20 }, (_, i) => queue.submit(reading(100 + i)));
    expect(queue.overloaded).toBe(true);
    await Promise.all([...done, ...more]);
    expect(queue.pending).toBe(0);
    expect(drained).toBeGreaterThan(0);
    expect(queue.committed).toBe(30);
    expect(await countReadings(store.db, stationId)).toBe(30);
    // A logger's retry of what is stored already changes nothing.
    await queue.submit(reading(0));
    expect(queue.duplicates).toBe(1);
    await queue.close();
    const station = (await listStations(systemContext(store.db, 'test'), 'S437012')).find((s) => s.id === stationId)!;
    expect(station.lastSeenAt).not.toBeNull();
  });
});
