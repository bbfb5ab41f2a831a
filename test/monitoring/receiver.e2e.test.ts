import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDataLoggerSimulator, type AckedFrame } from '../../src/cli/hj212/dataLoggerSimulator.js';
import { createHj212Receiver, type Receiver } from '../../src/server/hj212/receiver.js';
import { systemContext } from '../../src/services/context.js';
import { createStation, listAlarms, listStations, getStationLatest } from '../../src/services/monitoring/stations.js';
import type { Store } from '../../src/store/client.js';
import { countReadings } from '../../src/store/queries/monitoring.js';
import { createDemoStore } from '../helpers/demoApp.js';
import { storeKinds } from '../helpers/testStore.js';

const PARK = 'S437012';
const START = new Date('2024-06-01T00:00:00Z');

describe.each(await storeKinds())('HJ 212 receiver and data-logger simulator through real sockets on %s', (kind) => {
  let store: Store;
  let receiver: Receiver;
  let port: number;
  let stationId: number;
  const ctx = () => systemContext(store.db, 'test');

  beforeAll(async () => {
    store = await createDemoStore(kind, { users: false });
    const station = await createStation(ctx(), PARK, {
      mn: 'QD0000000000000000000001',
      name: '园区东侧空气微站',
      systemCode: '22',
      password: '123456',
      limits: [{ factorCode: 'a34004', upper: '55', lower: null }],
    });
    stationId = station.id;
    receiver = createHj212Receiver({ db: store.db, port: 0, host: '127.0.0.1', queue: { concurrency: kind === 'postgres' ? 4 : 1 } });
    port = await receiver.listen();
  });
  afterAll(async () => {
    await receiver.close();
    await store.close();
  });

  const acked: AckedFrame[] = [];
  const CONNECTIONS = 8;
  const FRAMES = 50; // per connection: data times 0 … 399 s, the connections' seconds interleaved

  it('stores every acknowledged frame, once, and answers only after storing', async () => {
    const r = await runDataLoggerSimulator({
      host: '127.0.0.1',
      port,
      mns: ['QD0000000000000000000001'],
      pw: '123456',
      rate: 400,
      frames: FRAMES,
      connections: CONNECTIONS,
      startTime: START,
      onAck: (a) => acked.push(a),
    });
    expect(r).toMatchObject({ sent: CONNECTIONS * FRAMES, acked: CONNECTIONS * FRAMES, failed: 0, refused: {} });
    expect(await countReadings(store.db, stationId)).toBe(r.acked);
    expect(receiver.stats.snapshot()).toMatchObject({ framesStored: r.acked, acksSent: r.acked, errors: {} });
  });

  it('shows the station online with its latest values and flags', async () => {
    // Last-heard times are written every 2 s.
    await expect.poll(async () => (await listStations(ctx(), PARK)).find((s) => s.id === stationId)?.online).toBe(true);
    const latest = await getStationLatest(ctx(), PARK, stationId);
    expect(latest[0].cn).toBe('2011');
    expect(latest[0].factors.a34004).toMatchObject({ flag: 'N', valid: true });
  });

  it('raises alarms for PM2.5 above the station limit of 55, with start, end and peak', async () => {
    // In data-time order the simulator's PM2.5 runs 20, 21, … 59, 20 … one second apart, whichever of the eight
    // connections carried a frame: second 40k+36 (56) starts an alarm, 40k+39 is its peak (59), 40k+40 (20) ends it.
    // Seconds 0–399 hold ten such runs; the last, 396–399, has no value after it, so it is still open.
    const at = (second: number) => new Date(START.getTime() + second * 1000).toISOString();
    const expected = Array.from({ length: 10 }, (_, k) => ({
      factorCode: 'a34004',
      cn: '2011',
      limitValue: '55',
      startedAt: at(40 * k + 36),
      endedAt: k < 9 ? at(40 * k + 40) : null,
      peakValue: '59',
      peakAt: at(40 * k + 39),
    }));
    const alarms = (await listAlarms(ctx(), PARK)).map(({ id: _id, stationId: _s, ...a }) => a);
    expect(alarms.sort((a, b) => a.startedAt.localeCompare(b.startedAt))).toEqual(expected);
  });

  it('refuses an unknown MN and a wrong password alike (QnRtn 3: MNs cannot be enumerated), storing nothing', async () => {
    const before = await countReadings(store.db);
    const unknown = await runDataLoggerSimulator({ host: '127.0.0.1', port, mns: ['NOSUCHSTATION'], pw: '123456', rate: 10, frames: 3, connections: 1 });
    expect(unknown.refused).toEqual({ '3': unknown.sent });
    const badPw = await runDataLoggerSimulator({ host: '127.0.0.1', port, mns: ['QD0000000000000000000001'], pw: 'wrong', rate: 10, frames: 3, connections: 1 });
    expect(badPw.refused).toEqual({ '3': badPw.sent });
    expect(await countReadings(store.db)).toBe(before);
    expect(receiver.stats.snapshot().errors).toMatchObject({ auth_failed: unknown.sent + badPw.sent });
  });
});
