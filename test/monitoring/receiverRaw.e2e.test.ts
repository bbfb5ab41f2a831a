import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeFrame, type Hj212Frame } from '../../src/hj212/frame.js';
import { createFramer } from '../../src/hj212/framer.js';
import { AIR_HOURLY, PACKET_1, PACKET_2 } from '../../src/hj212/vectors.js';
import { createHj212Receiver, type Receiver } from '../../src/server/hj212/receiver.js';
import { systemContext } from '../../src/services/context.js';
import { createStation, getStationLatest } from '../../src/services/monitoring/stations.js';
import type { Store } from '../../src/store/client.js';
import { createDemoStore } from '../helpers/demoApp.js';

/**
 * Sends raw bytes on a fresh connection and collects the answers: waits for `expected` of them (however slow the
 * machine), then a little longer to catch any answer too many.
 */
async function exchange(port: number, text: string, expected: number): Promise<Hj212Frame[]> {
  const socket = connect({ host: '127.0.0.1', port });
  const framer = createFramer();
  const answers: Hj212Frame[] = [];
  let arrived = () => undefined as void;
  socket.on('data', (chunk) => {
    for (const raw of framer.push(chunk).frames) answers.push(decodeFrame(raw).frame!);
    if (answers.length >= expected) arrived();
  });
  await new Promise((r) => socket.once('connect', r));
  socket.write(text, 'latin1');
  await new Promise<void>((r) => {
    arrived = r;
    setTimeout(r, 10_000);
  });
  await new Promise((r) => setTimeout(r, 100));
  socket.destroy();
  return answers;
}

const withCrc = (text: string, crc: string) => text.replace(/[0-9A-F]{4}\r\n$/, `${crc}\r\n`);

describe('HJ 212 receiver with literal frames', () => {
  let store: Store;
  let lenient: Receiver;
  let strict: Receiver;
  let ports: { lenient: number; strict: number };
  let waterId: number;
  let airId: number;
  const ctx = () => systemContext(store.db, 'test');

  beforeAll(async () => {
    store = await createDemoStore('pglite', { users: false });
    waterId = (await createStation(ctx(), 'S437012', { mn: PACKET_1.frame.mn!, name: '污水总排口', systemCode: '32', password: '123456' })).id;
    airId = (await createStation(ctx(), 'S437012', { mn: AIR_HOURLY.frame.mn!, name: '空气站', systemCode: '22', password: AIR_HOURLY.frame.pw! })).id;
    lenient = createHj212Receiver({ db: store.db, port: 0, host: '127.0.0.1' });
    strict = createHj212Receiver({ db: store.db, port: 0, host: '127.0.0.1', mode: 'strict' });
    ports = { lenient: await lenient.listen(), strict: await strict.listen() };
  });
  afterAll(async () => {
    await lenient.close();
    await strict.close();
    await store.close();
  });

  it('reassembles a split upload (PNUM/PNO) into one reading and answers each packet with 9014', async () => {
    const answers = await exchange(ports.lenient, PACKET_1.text + PACKET_2.text, 2);
    expect(answers.map((a) => [a.cn, a.qn, a.st, a.flag])).toEqual([
      ['9014', '20240315110000000', '91', 4],
      ['9014', '20240315110000000', '91', 4],
    ]);
    const [latest] = await getStationLatest(ctx(), 'S437012', waterId);
    expect(latest.cn).toBe('2061');
    expect(Object.keys(latest.factors).sort()).toEqual(['w01018', 'w21001', 'w21003', 'w21011']);
    // Total nitrogen came flagged D (instrument fault): stored, never counted as valid.
    expect(latest.factors.w21001).toMatchObject({ avg: '8.6', flag: 'D', valid: false });
    expect(latest.factors.w01018).toMatchObject({ avg: '25.1', flag: 'N', valid: true });
  });

  it('strict mode refuses a frame whose CRC is wrong with QnRtn 9 and stores nothing', async () => {
    const bad = withCrc(AIR_HOURLY.text, '0000');
    const answers = await exchange(ports.strict, bad, 1);
    expect(answers.map((a) => [a.cn, a.cp.params.QnRtn])).toEqual([['9011', '9']]);
    expect(await getStationLatest(ctx(), 'S437012', airId)).toEqual([]);
  });

  it('lenient mode stores a frame with a wrong CRC, counts it, and answers 9014', async () => {
    const before = lenient.stats.snapshot().errors.CRC_MISMATCH ?? 0;
    const answers = await exchange(ports.lenient, withCrc(AIR_HOURLY.text, '0000'), 1);
    expect(answers.map((a) => a.cn)).toEqual(['9014']);
    expect(await getStationLatest(ctx(), 'S437012', airId)).toHaveLength(1);
    expect(Object.values(lenient.stats.snapshot().errors).reduce((a, b) => a + b, 0)).toBeGreaterThan(before);
  });

  it('survives garbage between frames and a frame split across reads', async () => {
    const socket = connect({ host: '127.0.0.1', port: ports.lenient });
    const framer = createFramer();
    const answers: string[] = [];
    socket.on('data', (chunk) => answers.push(...framer.push(chunk).frames.map((f) => decodeFrame(f).frame!.cn!)));
    await new Promise((r) => socket.once('connect', r));
    const text = AIR_HOURLY.text.replace('DataTime=2024', 'DataTime=2023');
    const fixed = decodeFrame(text).frame!.crc.expected; // the right CRC of the changed frame
    const frame = withCrc(text, fixed!);
    socket.write('\x00\x01garbage##xx');
    for (let i = 0; i < frame.length; i += 17) {
      socket.write(frame.slice(i, i + 17), 'latin1');
      await new Promise((r) => setTimeout(r, 2));
    }
    for (let waited = 0; answers.length === 0 && waited < 10_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 100));
    socket.destroy();
    expect(answers).toEqual(['9014']);
  });

  it('refuses connections beyond the limit and closes idle ones', async () => {
    const limited = createHj212Receiver({ db: store.db, port: 0, host: '127.0.0.1', maxConnections: 2, idleTimeoutMs: 300 });
    const port = await limited.listen();
    const open = () =>
      new Promise<{ closedAfterMs: () => Promise<number> }>((resolve) => {
        const started = Date.now();
        const socket = connect({ host: '127.0.0.1', port }, () => resolve({ closedAfterMs: () => closed }));
        const closed = new Promise<number>((r) => socket.once('close', () => r(Date.now() - started)));
        socket.on('error', () => undefined);
      });
    const [a, b] = [await open(), await open()];
    await new Promise((r) => setTimeout(r, 50));
    const c = await open();
    expect(await c.closedAfterMs()).toBeLessThan(250); // refused at once
    expect(limited.stats.snapshot().connectionsRefused).toBe(1);
    expect(await a.closedAfterMs()).toBeGreaterThanOrEqual(290); // idle: closed after 300 ms
    await b.closedAfterMs();
    expect(limited.stats.snapshot().errors.idle_timeout).toBe(2);
    await limited.close();
  });
});
