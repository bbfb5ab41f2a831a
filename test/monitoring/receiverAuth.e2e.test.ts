import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATION_AUTH_LIMITS } from '../../src/domain/monitoring/stationAuth.js';
import { decodeFrame } from '../../src/hj212/frame.js';
import { createFramer } from '../../src/hj212/framer.js';
import { AIR_HOURLY } from '../../src/hj212/vectors.js';
import { createHj212Receiver } from '../../src/server/hj212/receiver.js';
import { systemContext } from '../../src/services/context.js';
import { listStationAuthFailures } from '../../src/services/monitoring/stationAuthFailures.js';
import { legacyStationPasswordHash } from '../../src/services/monitoring/stationPasswords.js';
import { createStation } from '../../src/services/monitoring/stations.js';
import type { Store } from '../../src/store/client.js';
import { getStationByMn, updateStation } from '../../src/store/queries/monitoring.js';
import { createDemoStore } from '../helpers/demoApp.js';

const MN = AIR_HOURLY.frame.mn!;
const PW = AIR_HOURLY.frame.pw!;
/** AIR_HOURLY (it asks for an answer) with another MN and PW, CRC left as is (lenient mode records it). */
const frameWith = (mn: string, pw: string) => AIR_HOURLY.text.replace(`PW=${PW};MN=${MN}`, `PW=${pw};MN=${mn}`);

/** Sends frames on one connection; resolves when the receiver closes it (or after `waitMs`), with what came back. */
async function session(port: number, text: string, waitMs: number) {
  const socket = connect({ host: '127.0.0.1', port });
  const framer = createFramer();
  const answers: { cn?: string | null; qnRtn?: string | null; at: number }[] = [];
  const started = Date.now();
  socket.on('data', (c) => {
    for (const raw of framer.push(c).frames) {
      const f = decodeFrame(raw).frame!;
      answers.push({ cn: f.cn, qnRtn: f.cp.params.QnRtn, at: Date.now() - started });
    }
  });
  socket.on('error', () => undefined);
  await new Promise((r) => socket.once('connect', r));
  socket.write(text, 'latin1');
  const closed = await new Promise<boolean>((r) => {
    socket.once('close', () => r(true));
    setTimeout(() => r(false), waitMs);
  });
  socket.destroy();
  return { answers, closed, ms: Date.now() - started };
}

describe('HJ 212 station logins against guessing', () => {
  let store: Store;
  let stationId: number;
  const ctx = () => systemContext(store.db, 'test');

  beforeAll(async () => {
    store = await createDemoStore('pglite', { users: false });
    stationId = (await createStation(ctx(), 'S437012', { mn: MN, name: '空气站', systemCode: '22', password: PW })).id;
  });
  afterAll(async () => store.close());

  it('stores the password as argon2id', async () => {
    expect((await getStationByMn(store.db, MN))!.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('closes a connection that sends 1,000 wrong passwords after 8 answers, slowed after the 3rd, and records the episode', async () => {
    const receiver = createHj212Receiver({ db: store.db, port: 0, host: '127.0.0.1', statusEveryMs: 100 });
    const port = await receiver.listen();
    const r = await session(port, frameWith(MN, 'guess').repeat(1000), 20_000);
    const c = STATION_AUTH_LIMITS.connection;
    expect(r.closed).toBe(true);
    expect(r.answers).toHaveLength(c.closeAtFailure);
    expect(r.answers.every((a) => a.cn === '9011' && a.qnRtn === '3')).toBe(true);
    // Delays 100 + 200 + 400 + 800 + 1600 ms before answers 4 … 8.
    expect(r.answers[7].at - r.answers[2].at).toBeGreaterThanOrEqual(3100 - 50);
    expect(r.ms).toBeLessThan(15_000);
    await receiver.close();
    const [episode] = await listStationAuthFailures(ctx(), 'S437012');
    expect(episode).toMatchObject({ stationId, address: '127.0.0.1', failures: 8, suspectedGuessing: true, text: '疑似口令猜测：来自 127.0.0.1 的 8 次口令错误' });
  });

  it("shows the episode to the park's officer, not to an officer of another park", async () => {
    const parkId = (await getStationByMn(store.db, MN))!.parkId;
    const officer = (parkIds: number[]) => ({
      db: store.db,
      actor: { kind: 'user' as const, id: 1, username: 'o', displayName: 'o', role: 'officer' as const, parkIds, enterpriseId: null, enterpriseParkId: null, regionCode: null, mustChangePassword: false },
    });
    expect(await listStationAuthFailures(officer([parkId]), 'S437012')).toHaveLength(1);
    await expect(listStationAuthFailures(officer([parkId + 1000]), 'S437012')).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('answers an unknown MN exactly as a wrong password', async () => {
    const receiver = createHj212Receiver({ db: store.db, port: 0, host: '127.0.0.1' });
    const port = await receiver.listen();
    const wrong = await session(port, frameWith(MN, 'guess'), 1500);
    const unknown = await session(port, frameWith('NOSUCHMN0000000000000001', 'guess'), 1500);
    expect(wrong.answers.map(({ cn, qnRtn }) => `${cn}/${qnRtn}`)).toEqual(['9011/3']);
    expect(unknown.answers.map(({ cn, qnRtn }) => `${cn}/${qnRtn}`)).toEqual(['9011/3']);
    expect(receiver.stats.snapshot().errors).toMatchObject({ auth_failed: 2 });
    await receiver.close();
  });

  it('locks an address out across connections, while a pair verified before still logs in', async () => {
    const authLimits = { ...STATION_AUTH_LIMITS, connection: { ...STATION_AUTH_LIMITS.connection, closeAtFailure: 3 }, address: { windowMs: 60_000, maxFailures: 5, lockoutMs: 60_000 } };
    const receiver = createHj212Receiver({ db: store.db, port: 0, host: '127.0.0.1', authLimits });
    const port = await receiver.listen();
    expect((await session(port, AIR_HOURLY.text, 1500)).answers.map((a) => a.cn)).toEqual(['9014']);
    expect((await session(port, frameWith(MN, 'a').repeat(3), 5000)).closed).toBe(true);
    await session(port, frameWith(MN, 'b').repeat(2), 1500); // failures 4 and 5: the address is locked
    const other = await createStation(ctx(), 'S437012', { mn: 'QD0000000000000000000099', name: '新站', systemCode: '22', password: PW });
    const locked = await session(port, frameWith('QD0000000000000000000099', PW), 1500);
    expect(locked.answers.map((a) => `${a.cn}/${a.qnRtn}`)).toEqual(['9011/3']); // right password, refused unchecked
    expect(receiver.stats.snapshot().errors.auth_locked).toBe(1);
    expect((await session(port, AIR_HOURLY.text, 1500)).answers.map((a) => a.cn)).toEqual(['9014']);
    expect(other.id).toBeGreaterThan(0);
    await receiver.close();
  });

  it('upgrades a legacy SHA-256 hash to argon2id at the first successful login', async () => {
    const legacy = await createStation(ctx(), 'S437012', { mn: 'QD0000000000000000000077', name: '旧站', systemCode: '22', password: PW });
    await updateStation(store.db, (await getStationByMn(store.db, 'QD0000000000000000000077'))!.parkId, legacy.id, { passwordHash: legacyStationPasswordHash(PW) });
    const receiver = createHj212Receiver({ db: store.db, port: 0, host: '127.0.0.1' });
    const port = await receiver.listen();
    expect((await session(port, frameWith('QD0000000000000000000077', PW), 1500)).answers.map((a) => a.cn)).toEqual(['9014']);
    expect((await getStationByMn(store.db, 'QD0000000000000000000077'))!.passwordHash).toMatch(/^\$argon2id\$/);
    await receiver.close();
  });
});
