/**
 * HJ 212 parse + CRC throughput on one core (issue 5: goal ≥ 200,000 hourly frames/s of ~300 bytes).
 * Run: npx tsx bench/hj212Parse.ts
 * Frames come from src/hj212/vectors.ts (the tests' vectors); every case runs on the main thread.
 */
import { cpus, loadavg } from 'node:os';
import { hj212Crc } from '../src/hj212/crc.js';
import { decodeFrame } from '../src/hj212/frame.js';
import { createFramer } from '../src/hj212/framer.js';
import { buildDataAnswer } from '../src/hj212/replies.js';
import { AIR_HOURLY } from '../src/hj212/vectors.js';

interface Row {
  name: string;
  n: number;
  seconds: number;
  /** CPU time of this process: on a shared machine it shows the work done, whatever else runs. */
  cpuSeconds: number;
}

/** Runs `body(n)` once to warm up, then times it; body returns a checksum so no work can be skipped. */
function measure(name: string, n: number, body: (n: number) => number): Row {
  body(Math.ceil(n / 10));
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const checksum = body(n);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  if (!Number.isFinite(checksum)) throw new Error(`${name}: bad checksum`);
  return { name, n, seconds, cpuSeconds: (used.user + used.system) / 1e6 };
}

const text = AIR_HOURLY.text;
const bytes = Buffer.from(text, 'latin1');
const frameBytes = bytes.length;
const segStart = 6;
const segEnd = frameBytes - 6;

/** A TCP-like stream: many hourly frames back to back, read in 64 KiB chunks. */
const STREAM_FRAMES = 200_000;
const stream = Buffer.concat(Array.from({ length: STREAM_FRAMES }, () => bytes));

const rows: Row[] = [
  measure(`hj212Crc of the ${segEnd - segStart}-byte data segment`, 5_000_000, (n) => {
    let x = 0;
    for (let i = 0; i < n; i++) x ^= hj212Crc(text, segStart, segEnd);
    return x;
  }),
  measure(`decodeFrame lenient, ${frameBytes}-byte hourly frame (string)`, 1_000_000, (n) => {
    let x = 0;
    for (let i = 0; i < n; i++) x += decodeFrame(text).violations.length;
    return x;
  }),
  measure(`decodeFrame lenient, ${frameBytes}-byte hourly frame (Buffer)`, 1_000_000, (n) => {
    let x = 0;
    for (let i = 0; i < n; i++) x += decodeFrame(bytes).violations.length;
    return x;
  }),
  measure(`decodeFrame strict, ${frameBytes}-byte hourly frame (string)`, 1_000_000, (n) => {
    let x = 0;
    for (let i = 0; i < n; i++) x += decodeFrame(text, { mode: 'strict' }).frame === null ? 1 : 0;
    return x;
  }),
  measure('framer + decodeFrame, 64 KiB reads', STREAM_FRAMES, (n) => {
    const framer = createFramer();
    let decoded = 0;
    for (let i = 0; i < n * frameBytes; i += 65536) {
      for (const frame of framer.push(stream.subarray(i, Math.min(i + 65536, n * frameBytes))).frames) {
        if (decodeFrame(frame).frame !== null) decoded++;
      }
    }
    return decoded === n ? decoded : NaN;
  }),
  measure('framer + decodeFrame + buildDataAnswer (9014)', STREAM_FRAMES, (n) => {
    const framer = createFramer();
    let replies = 0;
    for (let i = 0; i < n * frameBytes; i += 65536) {
      for (const frame of framer.push(stream.subarray(i, Math.min(i + 65536, n * frameBytes))).frames) {
        const decoded = decodeFrame(frame).frame;
        if (decoded !== null && decoded.needsAnswer) replies += buildDataAnswer(decoded).length > 0 ? 1 : 0;
      }
    }
    return replies === n ? replies : NaN;
  }),
];

const header = ['case', 'n', 'seconds', 'frames/s', 'cpu s', 'frames/cpu-s'];
const rate = (n: number, s: number) => Math.round(n / s).toLocaleString('en');
const lines = rows.map((r) => [r.name, r.n.toLocaleString('en'), r.seconds.toFixed(3), rate(r.n, r.seconds), r.cpuSeconds.toFixed(3), rate(r.n, r.cpuSeconds)]);
const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(`HJ 212 parse + CRC, one core — Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}, load ${loadavg()[0].toFixed(2)} on ${cpus().length} CPUs`);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const l of lines) console.log(line(l));
