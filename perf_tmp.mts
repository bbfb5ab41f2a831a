import { decodeFrame } from './src/hj212/frame.ts';
import { AIR_HOURLY } from './src/hj212/vectors.ts';
const t = Buffer.from(AIR_HOURLY.text).toString('latin1');
const res: number[] = [];
for (let round = 0; round < 8; round++) {
  const n = 300000; const c = process.cpuUsage();
  let k = 0; for (let i = 0; i < n; i++) k += decodeFrame(t).violations.length;
  const u = process.cpuUsage(c); res.push(n / ((u.user + u.system) / 1e6));
}
res.sort((a, b) => a - b);
console.log('median frames/cpu-s', Math.round(res[4]), 'max', Math.round(res[7]));
