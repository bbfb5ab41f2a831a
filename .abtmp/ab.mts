import { decodeFrame as A } from './A/frame.ts';
import { decodeFrame as B } from './B/frame.ts';
import { AIR_HOURLY } from './A/vectors.ts';
const t = Buffer.from(AIR_HOURLY.text).toString('latin1');
const r: Record<string, number[]> = { A: [], B: [] };
for (let round = 0; round < 16; round++) {
  for (const [name, f] of [['A', A], ['B', B]] as const) {
    const n = 200000; const c = process.cpuUsage();
    let k = 0; for (let i = 0; i < n; i++) k += f(t).violations.length;
    const u = process.cpuUsage(c); r[name].push(n / ((u.user + u.system) / 1e6));
  }
}
for (const k of ['A', 'B']) { const v = r[k].sort((a, b) => a - b); console.log(k, 'median', Math.round(v[8]), 'max', Math.round(v[15])); }
