import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const bin = new URL('../../bin/parkeco.js', import.meta.url).pathname;
const run = promisify(execFile);

/** The standard's own example frame (HJ 212-2017 附录A; shared/domain/hj212.md §1.4): its CRC is 1C80. */
const STANDARD_EXAMPLE = '##0101QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&1C80';

async function parseStdin(input: string, ...args: string[]): Promise<unknown[]> {
  const child = spawn(process.execPath, [bin, 'hj212', 'parse', ...args]);
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stdin.end(input);
  await new Promise((r) => child.on('exit', r));
  return out.trim().split('\n').map((l) => JSON.parse(l));
}

describe('parkeco hj212', () => {
  it('crc: computes the CRC of a data segment and checks the CRC of a whole frame', async () => {
    const segment = 'QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&';
    expect((await run(process.execPath, [bin, 'hj212', 'crc', segment])).stdout.trim()).toBe('1C80');
    const whole = JSON.parse((await run(process.execPath, [bin, 'hj212', 'crc', STANDARD_EXAMPLE])).stdout);
    expect(whole).toMatchObject({ segmentCrc: '1C80', ok: true, variant: 'hj212' });
  });

  it('parse: one JSON line per frame with header, CP, CRC verdict and violations', async () => {
    const bad = STANDARD_EXAMPLE.replace('1C80', '0759'); // CRC-16/MODBUS of the same bytes: the common mistake
    const [good, wrong] = (await parseStdin(`${STANDARD_EXAMPLE}\n${bad}\n`)) as {
      frame: { cn: string; mn: string; flag: number; cp: { params: Record<string, string> }; crc: { ok: boolean; variant: string | null } };
      violations: { code: string }[];
    }[];
    expect(good.frame).toMatchObject({ cn: '1062', mn: '010000A8900016F000169DC0', flag: 5, cp: { params: { RtdInterval: '30' } }, crc: { ok: true } });
    expect(good.violations).toEqual([]);
    expect(wrong.frame.crc.ok).toBe(false);
    expect(wrong.violations.length).toBeGreaterThan(0);
  });

  it('parse --strict gives no frame for a frame with an error', async () => {
    const [r] = (await parseStdin(`${STANDARD_EXAMPLE.replace('1C80', '0000')}\n`, '--strict')) as { frame: unknown; violations: unknown[] }[];
    expect(r.frame).toBeNull();
    expect(r.violations.length).toBeGreaterThan(0);
  });
});
