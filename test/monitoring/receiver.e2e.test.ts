import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDataLoggerSimulator, type AckedFrame } from '../../src/cli/hj212/dataLoggerSimulator.js';
import { createHj212Receiver, type Receiver } from '../../src/server/hj212/receiver.js';
import { systemContext } from '../../src/services/context.js';
import { seedDemoPark } from '../../src/services/demo/seedDemoPark.js';
import { createStation, listAlarms, listStations, getStationLatest } from '../../src/services/monitoring/stations.js';
import type { Store } from '../../src/store/client.js';
import { countReadings } from '../../src/store/queries/monitoring.js';
import { createTestStore, storeKinds } from '../helpers/testStore.js';

const PARK = 'S437012';

describe.each(await storeKinds())('HJ 212 receiver and data-logger simulator through real sockets on %s', (kind) => {
  let store: Store;
  let receiver: Receiver;
  let port: number;
  let stationId: number;
  const ctx = () => systemContext(store.db, 'test');

  beforeAll(async () => {
    store = await createTestStore(kind);
    await seedDemoPark(ctx());
    const station = await createStation(ctx(), PARK, {
      mn: 'QD0000000000000000000001',
      name: '园区东侧空气微站',
      systemCode: '22',
      password: '123456',
      uploadIntervalSeconds: 1,
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

  it('stores every acknowledged frame, once, and answers only after storing', async () => {
    const r = await runDataLoggerSimulator({
      host: '127.0.0.1',
      port,
      mns: ['QD0000000000000000000001'],
      pw: '123456',
      rate: 200,
      durationS: 2,
      connections: 8,
      startTime: new Date('2024-06-01T00:00:00Z'),
      onAck: (a) => acked.push(a),
    });
    expect(r.failed).toBe(0);
    expect(r.refused).toEqual({});
    expect(r.acked).toBe(r.sent);
    expect(r.acked).toBeGreaterThan(300);
    expect(await countReadings(store.db, stationId)).toBe(r.acked);
    expect(receiver.stats.snapshot()).toMatchObject({ framesStored: r.acked, acksSent: r.acked, errors: {} });
  });

  it('shows the station online with its latest values and flags', async () => {
    const [station] = await listStations(ctx(), PARK);
    expect(station.online).toBe(true);
    const latest = await getStationLatest(ctx(), PARK, stationId);
    expect(latest[0].cn).toBe('2011');
    expect(latest[0].factors.a34004).toMatchObject({ flag: 'N', valid: true });
  });

  it('raises alarms for PM2.5 above the station limit of 55, with start, end and peak', async () => {
    // In data-time order the simulator's PM2.5 runs 20, 21, … 59, 20 … one second apart, whichever of its eight
    // connections carries a frame: every run of 56–59 is one alarm of 4 s that peaks at 59 in its last second.
    // The connections stop at slightly different times, so the last seconds have gaps: judge the alarms whose
    // seconds, and the one before, all arrived.
    const ms = (iso: string) => new Date(iso).getTime();
    const arrived = new Set(acked.map((a) => a.dataTime.getTime()));
    const complete = (a: { startedAt: string; endedAt: string | null }) =>
      a.endedAt !== null && [-1, 0, 1, 2, 3, 4].every((s) => arrived.has(ms(a.startedAt) + s * 1000));
    const alarms = await listAlarms(ctx(), PARK);
    const judged = alarms.filter(complete);
    expect(judged.length).toBeGreaterThanOrEqual(Math.floor(arrived.size / 40) - 1);
    for (const a of judged) {
      expect(a).toMatchObject({ factorCode: 'a34004', limitValue: '55', cn: '2011', peakValue: '59' });
      expect(ms(a.endedAt!) - ms(a.startedAt)).toBe(4000);
      expect(ms(a.peakAt) - ms(a.startedAt)).toBe(3000);
    }
  });

  it('refuses an unknown MN (QnRtn 4) and a wrong password (QnRtn 3), storing nothing', async () => {
    const before = await countReadings(store.db);
    const unknown = await runDataLoggerSimulator({ host: '127.0.0.1', port, mns: ['NOSUCHSTATION'], pw: '123456', rate: 5, durationS: 0.5, connections: 1 });
    expect(unknown.refused).toEqual({ '4': unknown.sent });
    const badPw = await runDataLoggerSimulator({ host: '127.0.0.1', port, mns: ['QD0000000000000000000001'], pw: 'wrong', rate: 5, durationS: 0.5, connections: 1 });
    expect(badPw.refused).toEqual({ '3': badPw.sent });
    expect(await countReadings(store.db)).toBe(before);
    expect(receiver.stats.snapshot().errors).toMatchObject({ unknown_mn: unknown.sent, bad_password: badPw.sent });
  });
});
