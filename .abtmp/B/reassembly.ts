import type { Hj212Cp, Hj212Factor } from './cp.js';
import type { Hj212Frame } from './frame.js';
import { type Violation, violation } from './violation.js';

/**
 * Reassembly of split messages (拆分包): a logger that has more data than fits one frame sends PNUM packets
 * numbered PNO = 1…PNUM, with the same MN and QN and Flag bit D set. The packets of a set are merged into one
 * frame once all have arrived; a set still incomplete `timeoutMs` after its first packet is dropped with a
 * PACKET_TIMEOUT violation. Time comes from an injected clock, so tests (and the receiver) control it.
 */

export interface ReassemblerOptions {
  /** Milliseconds from a monotonic clock (e.g. `performance.now`, or a test's fake). */
  now: () => number;
  /** A set not complete this long after its first packet expires. Default 60 000. */
  timeoutMs?: number;
  /** Packets held across all sets (memory bound); beyond it the oldest set is dropped. Default 1024. */
  maxPendingPackets?: number;
}

export interface ReassemblyResult {
  /** A frame to process: an unsplit frame as it is, or a complete set merged; null while a set is incomplete. */
  frame: Hj212Frame | null;
  /** The received frames that make up `frame`, in PNO order: each may need its own answer. */
  packets: Hj212Frame[];
  violations: Violation[];
}

export interface Reassembler {
  accept(frame: Hj212Frame): ReassemblyResult;
  /** Drops the sets that have timed out (also done on every accept); call it from a timer too. */
  expire(): Violation[];
  readonly pendingSets: number;
  readonly pendingPackets: number;
}

interface PacketSet {
  mn: string | null;
  qn: string | null;
  pnum: number;
  firstSeenMs: number;
  packets: Map<number, Hj212Frame>;
}

function setName(set: PacketSet): string {
  return `MN=${set.mn ?? ''};QN=${set.qn ?? ''}`;
}

function received(set: PacketSet): string {
  return `收到 PNO ${[...set.packets.keys()].sort((a, b) => a - b).join(',')}`;
}

/**
 * One frame from the packets of a set, in PNO order: the header of packet 1 (PNO cleared, PNUM kept), the
 * CP items of all packets (a factor split across packets is joined; the first value of a field wins), the
 * first failing CRC verdict if any packet failed, and `needsAnswer` if any packet asked for an answer.
 */
function merge(packets: Hj212Frame[], out: Violation[]): Hj212Frame {
  const cp: Hj212Cp = { dataTime: null, factors: [], params: {} };
  const byCode = new Map<string, Hj212Factor>();
  for (const packet of packets) {
    const { dataTime } = packet.cp;
    if (dataTime !== null) {
      if (cp.dataTime === null) cp.dataTime = dataTime;
      else if (cp.dataTime.text !== dataTime.text) out.push(violation('PACKET_CONFLICT', `PNO=${packet.pno}.DataTime`, cp.dataTime.text, dataTime.text));
    }
    for (const factor of packet.cp.factors) {
      const merged = byCode.get(factor.code);
      if (merged === undefined) {
        const copy = { code: factor.code, fields: { ...factor.fields } };
        byCode.set(factor.code, copy);
        cp.factors.push(copy);
      } else {
        for (const [field, value] of Object.entries(factor.fields)) if (!Object.hasOwn(merged.fields, field)) merged.fields[field] = value;
      }
    }
    for (const [key, value] of Object.entries(packet.cp.params)) if (!Object.hasOwn(cp.params, key)) cp.params[key] = value;
  }
  const first = packets[0];
  const failed = packets.find((p) => !p.crc.ok);
  return { ...first, pno: null, cp, crc: (failed ?? first).crc, needsAnswer: packets.some((p) => p.needsAnswer) };
}

class PacketReassembler implements Reassembler {
  private readonly now: () => number;
  private readonly timeoutMs: number;
  private readonly maxPending: number;
  /** In order of first packet, so the oldest set comes first. */
  private readonly sets = new Map<string, PacketSet>();
  private pending = 0;

  constructor(options: ReassemblerOptions) {
    this.now = options.now;
    this.timeoutMs = options.timeoutMs ?? 60_000;
    this.maxPending = options.maxPendingPackets ?? 1024;
  }

  get pendingSets(): number {
    return this.sets.size;
  }

  get pendingPackets(): number {
    return this.pending;
  }

  accept(frame: Hj212Frame): ReassemblyResult {
    const violations = this.expire();
    const { pnum, pno } = frame;
    if (pnum === null || pno === null || pnum === 1) return { frame, packets: [frame], violations };

    const key = `${frame.mn ?? ''}\n${frame.qn ?? ''}`;
    let set = this.sets.get(key);
    if (set === undefined) {
      set = { mn: frame.mn, qn: frame.qn, pnum, firstSeenMs: this.now(), packets: new Map() };
      this.sets.set(key, set);
    }
    if (pnum !== set.pnum) {
      violations.push(violation('PACKET_CONFLICT', `${setName(set)}.PNUM`, String(set.pnum), String(pnum)));
      return { frame: null, packets: [], violations };
    }
    if (set.packets.has(pno)) {
      violations.push(violation('PACKET_DUPLICATE', `${setName(set)}.PNO`, undefined, String(pno)));
      return { frame: null, packets: [], violations };
    }
    set.packets.set(pno, frame);
    this.pending++;
    if (set.packets.size === set.pnum) {
      this.drop(key, set);
      const packets = [...set.packets.entries()].sort((a, b) => a[0] - b[0]).map((e) => e[1]);
      return { frame: merge(packets, violations), packets, violations };
    }
    for (const [oldKey, old] of this.sets) {
      if (this.pending <= this.maxPending) break;
      this.drop(oldKey, old);
      violations.push(violation('REASSEMBLY_OVERFLOW', setName(old), `≤ ${this.maxPending} 个待组装分包`, received(old)));
    }
    return { frame: null, packets: [], violations };
  }

  expire(): Violation[] {
    const violations: Violation[] = [];
    const now = this.now();
    for (const [key, set] of this.sets) {
      if (now - set.firstSeenMs < this.timeoutMs) break;
      this.drop(key, set);
      violations.push(violation('PACKET_TIMEOUT', setName(set), `${this.timeoutMs} ms 内收齐 PNUM=${set.pnum}`, received(set)));
    }
    return violations;
  }

  private drop(key: string, set: PacketSet): void {
    this.sets.delete(key);
    this.pending -= set.packets.size;
  }
}

/**
 * A reassembler for one connection (or one receiver: sets are keyed by MN and QN).
 *
 * @example
 * const reassembler = createReassembler({ now: () => performance.now() });
 * reassembler.accept(packet1).frame //=> null
 * reassembler.accept(packet2).frame?.cp.factors.length //=> factors of both packets
 */
export function createReassembler(options: ReassemblerOptions): Reassembler {
  return new PacketReassembler(options);
}
