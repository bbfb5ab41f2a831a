import { describe, expect, it } from 'vitest';
import type { Hj212Frame } from './frame.js';
import { decodeFrame } from './frame.js';
import { createReassembler } from './reassembly.js';
import { AIR_HOURLY, cst, PACKET_1, PACKET_2 } from './vectors.js';

/** What packets 1 and 2 of PACKET_1/PACKET_2 make together, written out by hand. */
const MERGED: Hj212Frame = {
  ...PACKET_1.frame,
  pno: null,
  cp: {
    dataTime: { text: '20240315100000', format: 'yyyyMMddHHmmss', epochMs: cst(2024, 3, 15, 10, 0, 0) },
    factors: [
      { code: 'w01018', fields: { Avg: '25.1', Flag: 'N' } },
      { code: 'w21003', fields: { Avg: '0.48', Flag: 'N' } },
      { code: 'w21011', fields: { Avg: '0.12', Flag: 'N' } },
      { code: 'w21001', fields: { Avg: '8.6', Flag: 'D' } },
    ],
    params: {},
  },
};

function clock(start = 0) {
  const c = { ms: start, now: () => c.ms };
  return c;
}

const withPacket = (base: Hj212Frame, changes: Partial<Hj212Frame>): Hj212Frame => ({ ...base, ...changes });

describe('createReassembler', () => {
  it('passes an unsplit frame through', () => {
    const r = createReassembler({ now: clock().now });
    expect(r.accept(AIR_HOURLY.frame)).toEqual({ frame: AIR_HOURLY.frame, packets: [AIR_HOURLY.frame], violations: [] });
    expect(r.pendingSets).toBe(0);
  });

  it('merges packets 1 and 2 of a set, in either order, decoded from the wire', () => {
    for (const order of [[PACKET_1, PACKET_2], [PACKET_2, PACKET_1]]) {
      const r = createReassembler({ now: clock().now });
      const [first, second] = order.map((v) => decodeFrame(v.text).frame!);
      expect(r.accept(first)).toEqual({ frame: null, packets: [], violations: [] });
      expect(r.pendingSets).toBe(1);
      expect(r.pendingPackets).toBe(1);
      expect(r.accept(second)).toEqual({ frame: MERGED, packets: [PACKET_1.frame, PACKET_2.frame], violations: [] });
      expect(r.pendingPackets).toBe(0);
    }
  });

  it('joins a factor split across packets and keeps a failed CRC verdict', () => {
    const badCrc = { text: '0000', ok: false, variant: null, expected: '1980' } as const;
    const p2 = withPacket(PACKET_2.frame, {
      crc: badCrc,
      cp: { ...PACKET_2.frame.cp, factors: [{ code: 'w21003', fields: { Avg: '9.9', Max: '0.61' } }] },
    });
    const r = createReassembler({ now: clock().now });
    r.accept(PACKET_1.frame);
    const { frame } = r.accept(p2);
    expect(frame?.cp.factors).toEqual([
      { code: 'w01018', fields: { Avg: '25.1', Flag: 'N' } },
      { code: 'w21003', fields: { Avg: '0.48', Flag: 'N', Max: '0.61' } },
    ]);
    expect(frame?.crc).toEqual(badCrc);
    expect(PACKET_1.frame.cp.factors[1].fields).toEqual({ Avg: '0.48', Flag: 'N' }); // inputs untouched
  });

  it('drops an incomplete set after the timeout of the injected clock', () => {
    const c = clock(1000);
    const r = createReassembler({ now: c.now, timeoutMs: 60_000 });
    r.accept(PACKET_1.frame);
    c.ms = 60_999;
    expect(r.expire()).toEqual([]);
    c.ms = 61_000;
    const [v] = r.expire();
    expect(v).toMatchObject({ code: 'PACKET_TIMEOUT', field: 'MN=430426A2024WW00000000002;QN=20240315110000000', actual: '收到 PNO 1' });
    expect(r.pendingSets).toBe(0);
    expect(r.accept(PACKET_2.frame).frame).toBeNull(); // a late packet starts a new set
  });

  it('expires on accept as well', () => {
    const c = clock();
    const r = createReassembler({ now: c.now, timeoutMs: 10 });
    r.accept(PACKET_1.frame);
    c.ms = 10;
    expect(r.accept(AIR_HOURLY.frame).violations.map((v) => v.code)).toEqual(['PACKET_TIMEOUT']);
  });

  it('ignores a repeated packet and a packet that disagrees on PNUM', () => {
    const r = createReassembler({ now: clock().now });
    r.accept(PACKET_1.frame);
    expect(r.accept(PACKET_1.frame).violations.map((v) => v.code)).toEqual(['PACKET_DUPLICATE']);
    expect(r.accept(withPacket(PACKET_2.frame, { pnum: 3 })).violations.map((v) => v.code)).toEqual(['PACKET_CONFLICT']);
    expect(r.pendingPackets).toBe(1);
    expect(r.accept(PACKET_2.frame).frame).toEqual(MERGED);
  });

  it('reports packets that disagree on DataTime, keeping the first', () => {
    const r = createReassembler({ now: clock().now });
    r.accept(PACKET_1.frame);
    const late = { text: '20240315110000', format: 'yyyyMMddHHmmss', epochMs: cst(2024, 3, 15, 11, 0, 0) } as const;
    const result = r.accept(withPacket(PACKET_2.frame, { cp: { ...PACKET_2.frame.cp, dataTime: late } }));
    expect(result.violations.map((v) => v.code)).toEqual(['PACKET_CONFLICT']);
    expect(result.frame?.cp.dataTime?.text).toBe('20240315100000');
  });

  it('keeps sets of different MN apart', () => {
    const r = createReassembler({ now: clock().now });
    r.accept(PACKET_1.frame);
    expect(r.accept(withPacket(PACKET_2.frame, { mn: 'OTHER' })).frame).toBeNull();
    expect(r.pendingSets).toBe(2);
  });

  it('bounds memory: beyond maxPendingPackets the oldest set is dropped', () => {
    const r = createReassembler({ now: clock().now, maxPendingPackets: 2 });
    r.accept(withPacket(PACKET_1.frame, { qn: 'A' }));
    r.accept(withPacket(PACKET_1.frame, { qn: 'B' }));
    const { violations } = r.accept(withPacket(PACKET_1.frame, { qn: 'C' }));
    expect(violations.map((v) => [v.code, v.field])).toEqual([['REASSEMBLY_OVERFLOW', 'MN=430426A2024WW00000000002;QN=A']]);
    expect(r.pendingPackets).toBe(2);
    expect(r.accept(withPacket(PACKET_2.frame, { qn: 'A' })).frame).toBeNull();
    expect(r.accept(withPacket(PACKET_2.frame, { qn: 'C' })).frame?.qn).toBe('C');
  });
});
