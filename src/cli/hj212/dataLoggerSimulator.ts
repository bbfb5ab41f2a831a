import { connect, type Socket } from 'node:net';
import { decodeFrame, encodeFrame } from '../../hj212/frame.js';
import { createFramer } from '../../hj212/framer.js';

export interface SimulatorOptions {
  host: string;
  port: number;
  /** One MN per connection (a data logger each); a single MN is shared by every connection. */
  mns: string[];
  pw: string;
  /** Frames per second over all connections. */
  rate: number;
  /** How long to send; without it, until each connection has sent `frames`. */
  durationS?: number;
  /** Frames each connection sends at most: a fixed amount of data, however fast the receiver answers. */
  frames?: number;
  connections?: number;
  /** Data command: 2011 real-time (default), 2051 minute, 2061 hour, 2031 day. */
  cn?: string;
  /** System code: 22 ambient air (default). */
  st?: string;
  /** How long to wait for an answer before sending the same frame again, and how many times. */
  ackTimeoutMs?: number;
  retries?: number;
  /** Data time of the first frame; each frame of a connection is one interval later. Default: now, whole seconds. */
  startTime?: Date;
  /** Factor values of each frame, by frame number (default: an air station's six pollutants). */
  factors?: (n: number) => Record<string, string>;
  /** Called for each acknowledged frame. */
  onAck?: (ack: AckedFrame) => void;
}

export interface AckedFrame {
  mn: string;
  qn: string;
  dataTime: Date;
  latencyMs: number;
}

export interface SimulatorResult {
  sent: number;
  acked: number;
  retries: number;
  failed: number;
  /** Answers that refused the frame (9011 with QnRtn other than 1), by QnRtn. */
  refused: Record<string, number>;
  seconds: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
}

const defaultFactors = (n: number): Record<string, string> => ({
  a34004: String(20 + (n % 40)), // PM2.5
  a34002: String(40 + (n % 70)), // PM10
  a21026: String(5 + (n % 10)), // SO2
  a21004: String(15 + (n % 30)), // NO2
  a21005: (0.4 + (n % 10) / 10).toFixed(1), // CO
  a05024: String(60 + (n % 90)), // O3
});

/** yyyyMMddHHmmss in China Standard Time, as HJ 212 writes data times. */
function hj212Time(d: Date, ms = false): string {
  const t = new Date(d.getTime() + 8 * 3600_000);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  const s = `${t.getUTCFullYear()}${p(t.getUTCMonth() + 1)}${p(t.getUTCDate())}${p(t.getUTCHours())}${p(t.getUTCMinutes())}${p(t.getUTCSeconds())}`;
  return ms ? s + p(t.getUTCMilliseconds(), 3) : s;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * A data logger that speaks HJ 212-2017: it opens its connections, sends data frames asking for an answer at the
 * given rate, waits for each 9014 answer and sends the same frame again (same QN) when none comes in time.
 * Used by `parkeco hj212 send`, the end-to-end tests and the benches.
 */
export async function runDataLoggerSimulator(o: SimulatorOptions): Promise<SimulatorResult> {
  const connections = o.connections ?? o.mns.length;
  const perConnectionIntervalMs = (1000 * connections) / o.rate;
  const timeoutMs = o.ackTimeoutMs ?? 3000;
  const retries = o.retries ?? 3;
  const start = o.startTime ?? new Date(Math.floor(Date.now() / 1000) * 1000);
  if (o.durationS === undefined && o.frames === undefined) throw new Error('durationS or frames is required');
  const endAt = o.durationS === undefined ? Infinity : Date.now() + o.durationS * 1000;
  const frames = o.frames ?? Infinity;
  const latencies: number[] = [];
  const result = { sent: 0, acked: 0, retries: 0, failed: 0, refused: {} as Record<string, number> };
  const began = performance.now();
  let qnCounter = 0;

  const runConnection = async (index: number) => {
    const mn = o.mns[index % o.mns.length];
    const socket: Socket = await new Promise((resolve, reject) => {
      const s = connect({ host: o.host, port: o.port }, () => resolve(s));
      s.once('error', reject);
    });
    socket.setNoDelay(true);
    socket.on('error', () => undefined);
    const framer = createFramer();
    const waiting = new Map<string, (answer: { cn: string | null; qnRtn: string | undefined }) => void>();
    socket.on('data', (chunk) => {
      for (const raw of framer.push(chunk).frames) {
        const { frame } = decodeFrame(raw);
        if (frame?.qn) waiting.get(frame.qn)?.({ cn: frame.cn, qnRtn: frame.cp.params.QnRtn });
      }
    });

    for (let n = 0; n < frames && Date.now() < endAt; n++) {
      const due = performance.now() + perConnectionIntervalMs;
      // Data times never repeat: connection `index` owns every `connections`-th second from the start.
      const dataTime = new Date(start.getTime() + (n * connections + index) * 1000);
      const qn = hj212Time(new Date(start.getTime() + qnCounter++), true);
      const factors = (o.factors ?? defaultFactors)(n * connections + index);
      const text = encodeFrame({
        qn,
        st: o.st ?? '22',
        cn: o.cn ?? '2011',
        pw: o.pw,
        mn,
        flag: 5, // HJ 212-2017, answer wanted
        cp: {
          dataTime: { text: hj212Time(dataTime) },
          factors: Object.entries(factors).map(([code, v]) => ({ code, fields: { [(o.cn ?? '2011') === '2011' ? 'Rtd' : 'Avg']: v, Flag: 'N' } })),
        },
      });
      let done = false;
      for (let attempt = 0; attempt <= retries && !done && !socket.destroyed; attempt++) {
        if (attempt > 0) result.retries++;
        const sentAt = performance.now();
        const answer = new Promise<{ cn: string | null; qnRtn: string | undefined } | null>((resolve) => {
          const timer = setTimeout(() => resolve(null), timeoutMs);
          waiting.set(qn, (a) => {
            clearTimeout(timer);
            resolve(a);
          });
        });
        socket.write(text, 'latin1'); // encodeFrame ends the frame with CR LF
        if (attempt === 0) result.sent++;
        const a = await answer;
        waiting.delete(qn);
        if (!a) continue;
        done = true;
        if (a.cn === '9014') {
          const latencyMs = performance.now() - sentAt;
          latencies.push(latencyMs);
          result.acked++;
          o.onAck?.({ mn, qn, dataTime, latencyMs });
        } else {
          const key = a.qnRtn ?? a.cn ?? '?';
          result.refused[key] = (result.refused[key] ?? 0) + 1;
        }
      }
      if (!done) result.failed++;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    }
    socket.end();
  };

  await Promise.all(Array.from({ length: connections }, (_, i) => runConnection(i)));
  latencies.sort((a, b) => a - b);
  return {
    ...result,
    seconds: (performance.now() - began) / 1000,
    latencyP50Ms: Math.round(percentile(latencies, 50) * 10) / 10,
    latencyP99Ms: Math.round(percentile(latencies, 99) * 10) / 10,
  };
}
