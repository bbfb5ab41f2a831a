import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/services/context.js';
import { deriveAlarms } from '../../src/domain/monitoring/alarms.js';
import { IngestQueue } from '../../src/services/monitoring/ingestQueue.js';
import { ingestReadings, QualityHistory, type IncomingReading } from '../../src/services/monitoring/ingestReadings.js';
import { createStation, listAlarms } from '../../src/services/monitoring/stations.js';
import type { Store } from '../../src/store/client.js';
import { getParkRowByCode } from '../../src/store/queries/parks.js';
import { createDemoStore } from '../helpers/demoApp.js';
import { storeKinds } from '../helpers/testStore.js';

const PARK = 'S437012';
const minute = (m: number) => new Date(Date.UTC(2024, 5, 1, 8, m));
/** PM2.5 one minute apart against a limit of 55: three exceedances, counted by hand below. */
const VALUES = ['40', '60', '70', '50', '30', '58', '20', '57', '56', '10'];
const EXPECTED = [
  { startedAt: minute(1), endedAt: minute(3), peakValue: '70', peakAt: minute(2) },
  { startedAt: minute(5), endedAt: minute(6), peakValue: '58', peakAt: minute(5) },
  { startedAt: minute(7), endedAt: minute(9), peakValue: '57', peakAt: minute(7) },
].map((a) => ({ factorCode: 'a34004', cn: '2011', limitValue: '55', ...a, startedAt: a.startedAt.toISOString(), endedAt: a.endedAt.toISOString(), peakAt: a.peakAt.toISOString() }));

/** Every order in which a logger's data may reach the store gives the same alarms as the data in data-time order. */
describe.each(await storeKinds())('alarms from data in any arrival order on %s', (kind) => {
  let store: Store;
  let parkId: number;
  let stations = 0;
  const ctx = () => systemContext(store.db, 'test');

  beforeAll(async () => {
    store = await createDemoStore(kind, { users: false });
    parkId = (await getParkRowByCode(store.db, PARK))!.id;
  });
  afterAll(() => store.close());

  async function newStation(values: readonly string[] = VALUES, flags: readonly string[] = []) {
    const s = await createStation(ctx(), PARK, {
      mn: `ALARM${String(++stations).padStart(4, '0')}`,
      name: `报警测试站${stations}`,
      systemCode: '22',
      password: '1',
      limits: [{ factorCode: 'a34004', upper: '55', lower: null }],
    });
    const reading = (i: number): IncomingReading => ({
      parkId,
      stationId: s.id,
      cn: '2011',
      dataTime: minute(i),
      receivedAt: new Date(),
      factors: { a34004: { rtd: values[i], flag: flags[i] ?? 'N' } },
    });
    const alarmsOf = async () =>
      (await listAlarms(ctx(), PARK))
        .filter((a) => a.stationId === s.id)
        .sort((a, b) => a.startedAt.localeCompare(b.startedAt))
        .map(({ id: _id, stationId: _s, ...a }) => a);
    return { id: s.id, reading, alarmsOf };
  }

  it('in data-time order, one frame at a time, keeping an alarm its id from start to end', async () => {
    const s = await newStation();
    const history = new QualityHistory();
    await ingestReadings(store.db, [s.reading(0), s.reading(1), s.reading(2)], history);
    const [open] = (await listAlarms(ctx(), PARK)).filter((a) => a.stationId === s.id);
    expect(open).toMatchObject({ startedAt: minute(1).toISOString(), endedAt: null, peakValue: '70' });
    for (let i = 3; i < VALUES.length; i++) await ingestReadings(store.db, [s.reading(i)], history);
    expect(await s.alarmsOf()).toEqual(EXPECTED);
    expect((await listAlarms(ctx(), PARK)).find((a) => a.startedAt === open.startedAt && a.stationId === s.id)?.id).toBe(open.id);
  });

  it('newest first, one frame at a time (a backlog sent backwards)', async () => {
    const s = await newStation();
    for (let i = VALUES.length - 1; i >= 0; i--) await ingestReadings(store.db, [s.reading(i)], new QualityHistory());
    expect(await s.alarmsOf()).toEqual(EXPECTED);
  });

  it('in shuffled batches, with a retried frame among them', async () => {
    const s = await newStation();
    for (const batch of [[6, 2], [9, 0, 5], [2, 7], [3, 8, 1, 4]]) await ingestReadings(store.db, batch.map(s.reading), new QualityHistory());
    expect(await s.alarmsOf()).toEqual(EXPECTED);
  });

  it('from several connections committing concurrently', async () => {
    const s = await newStation();
    const queue = new IngestQueue(store.db, { maxBatch: 2, maxDelayMs: 1, concurrency: 4 });
    await Promise.all([8, 1, 5, 3, 0, 9, 2, 7, 4, 6].map((i) => queue.submit(s.reading(i))));
    await queue.close();
    expect(await s.alarmsOf()).toEqual(EXPECTED);
  });

  it('late values back within the limit split one alarm into the exceedances there really were', async () => {
    const s = await newStation();
    // Everything but minute 4 (30) and minute 6 (20): minutes 1–9 read as one exceedance from 60 to 10.
    for (const i of [0, 1, 2, 3, 5, 7, 8, 9]) await ingestReadings(store.db, [s.reading(i)], new QualityHistory());
    expect(await s.alarmsOf()).toMatchObject([{ startedAt: minute(1).toISOString(), endedAt: minute(3).toISOString() }, { startedAt: minute(5).toISOString(), endedAt: minute(9).toISOString(), peakValue: '58' }]);
    await ingestReadings(store.db, [s.reading(6)], new QualityHistory());
    await ingestReadings(store.db, [s.reading(4)], new QualityHistory());
    expect(await s.alarmsOf()).toEqual(EXPECTED);
  });

  describe('a long series, against the alarms of the same values in data-time order', () => {
    // A fixed pseudo-random series around the limit of 55, one value in ten flagged D (instrument fault, invalid).
    let seed = 20241202;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const N = 300;
    const values = Array.from({ length: N }, () => String(45 + Math.floor(random() * 20)));
    const flags = values.map(() => (random() < 0.1 ? 'D' : 'N'));
    const expected = deriveAlarms(
      values.map((value, i) => ({ at: minute(i), value, valid: flags[i] === 'N' })),
      { upper: '55', lower: null },
    ).map((a) => ({
      factorCode: 'a34004',
      cn: '2011',
      limitValue: a.limitValue,
      startedAt: a.startedAt.toISOString(),
      endedAt: a.endedAt?.toISOString() ?? null,
      peakValue: a.peakValue,
      peakAt: a.peakAt.toISOString(),
    }));

    it('has alarms to find', () => expect(expected.length).toBeGreaterThan(20));

    it('a backlog after an outage: the newest half first, then the older half oldest first, a few values a batch', async () => {
      const s = await newStation(values, flags);
      const order = [...Array.from({ length: N / 2 }, (_, i) => N / 2 + i), ...Array.from({ length: N / 2 }, (_, i) => i)];
      for (let i = 0; i < N; i += 7) await ingestReadings(store.db, order.slice(i, i + 7).map(s.reading), new QualityHistory());
      expect(await s.alarmsOf()).toEqual(expected);
    });

    it('in random order, in batches of random size', async () => {
      const s = await newStation(values, flags);
      const order = Array.from({ length: N }, (_, i) => i);
      for (let i = N - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
      for (let i = 0; i < N; ) {
        const size = 1 + Math.floor(random() * 6);
        await ingestReadings(store.db, order.slice(i, i + size).map(s.reading), new QualityHistory());
        i += size;
      }
      expect(await s.alarmsOf()).toEqual(expected);
    });
  });
});
