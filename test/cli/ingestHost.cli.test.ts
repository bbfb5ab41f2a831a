import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = new URL('../../bin/parkeco.js', import.meta.url).pathname;

/** Whether a TCP connection to host:port is accepted. */
const reachable = (host: string, port: number) =>
  new Promise<boolean>((resolve) => {
    const s = connect({ host, port }, () => (s.destroy(), resolve(true)));
    s.on('error', () => resolve(false));
  });

/** Runs `parkeco ingest` until it says where it listens; returns that address and port. */
async function ingest(env: Record<string, string>, ...args: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'parkeco-ingest-'));
  const child = spawn(process.execPath, [bin, '--data-dir', join(dir, 'data'), 'ingest', '--port', '0', ...args], { env: { ...process.env, ...env } });
  let out = '';
  const started = await new Promise<RegExpExecArray>((resolve, reject) => {
    child.stdout.on('data', (d) => {
      out += d;
      const m = /接收端已启动：(\S+) 端口 (\d+)/.exec(out);
      if (m) resolve(m);
    });
    child.on('exit', () => reject(new Error(out)));
  });
  return {
    host: started[1],
    port: Number(started[2]),
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

describe('parkeco ingest listen address', () => {
  it('listens on 127.0.0.1 by default, and where HJ212_HOST says', async () => {
    const plain = await ingest({ HJ212_HOST: '' });
    expect(plain.host).toBe('127.0.0.1');
    expect(await reachable('127.0.0.2', plain.port)).toBe(false);
    await plain.stop();
    const told = await ingest({ HJ212_HOST: '127.0.0.2' });
    expect(told.host).toBe('127.0.0.2');
    expect(await reachable('127.0.0.2', told.port)).toBe(true);
    expect(await reachable('127.0.0.1', told.port)).toBe(false);
    await told.stop();
  });
});
