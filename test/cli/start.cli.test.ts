import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/client.js';
import { trailHead } from '../../src/store/queries/changeLog.js';

const bin = new URL('../../bin/parkeco.js', import.meta.url).pathname;

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

describe('parkeco start on an empty data directory', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parkeco-start-'));
  let child: ChildProcess | null = null;
  afterAll(() => {
    child?.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  });

  it('migrates, loads the demo park, prints a one-time administrator password once, to be changed at first login, and serves the API', async () => {
    const [port, hj212Port] = [await freePort(), await freePort()];
    const started = Date.now();
    child = spawn(process.execPath, [bin, '--data-dir', join(dir, 'data'), 'start', '--port', String(port), '--hj212-port', String(hj212Port)], {
      env: { ...process.env, DATABASE_URL: '', PARKECO_ADMIN_PASSWORD: '', PARKECO_AUDIT_SEAL_SECONDS: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stderr!.on('data', (d) => (out += d));
    await new Promise<void>((resolve, reject) => {
      child!.stdout!.on('data', (d) => {
        out += d;
        if (out.includes('HJ 212 接收端已启动')) resolve();
      });
      child!.on('exit', (code) => reject(new Error(`start exited ${code}: ${out}`)));
    });
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(out).toContain('已载入演示园区：湖南祁东高新技术产业开发区（S437012）');
    const password = /一次性密码：(\S+)/.exec(out)![1];

    const base = `http://127.0.0.1:${port}`;
    expect((await fetch(`${base}/api/parks`)).status).toBe(401);
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password }),
    });
    expect(login.status).toBe(200);
    const cookieOf = (res: Response) => res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const cookie = cookieOf(login);
    // The one-time password opens nothing but changing it.
    const refused = await fetch(`${base}/api/parks`, { headers: { cookie } });
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    // The audit trail's head was signed at start, into the head file beside the data directory ...
    const headFile = `${join(dir, 'data')}.audit.head`;
    const atStart = JSON.parse(readFileSync(headFile, 'utf8')) as { entryId: number };
    expect(atStart.entryId).toBeGreaterThan(0);
    const own = 'Xiangjiang#Guanli-29';
    const changed = await fetch(`${base}/api/auth/password`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', 'x-csrf-token': (await login.json()).csrfToken },
      body: JSON.stringify({ currentPassword: password, password: own }),
    });
    expect(changed.status).toBe(204);
    const again = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: own }),
    });
    expect(again.status).toBe(200);
    const parks = await (await fetch(`${base}/api/parks?includeRetired=true`, { headers: { cookie: cookieOf(again) } })).json();
    expect(parks.map((p: { code: string }) => p.code)).toEqual(['S437012']);

    // One log line per request (pino, LOG_LEVEL info by default): who asked, the query's names without their values.
    const requestLines = () =>
      out
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as Record<string, unknown>)
        .filter((l) => l.msg === 'request');
    await expect.poll(() => requestLines().filter((l) => l.url === '/api/parks?includeRetired=*')).toHaveLength(1);
    const line = requestLines().find((l) => l.url === '/api/parks?includeRetired=*')!;
    expect(line).toMatchObject({ level: 30, method: 'GET', status: 200, user: 'admin' });
    expect(line.ms).toBeTypeOf('number');
    // The refused requests before are logged without a user: they were answered before the session counted.
    expect(requestLines().filter((l) => l.url === '/api/parks').map((l) => [l.status, l.user])).toEqual([[401, undefined], [403, undefined]]);
    // Never a password, a session cookie or a CSRF token (the one-time password is printed once, by design).
    const secrets = [own, ...[cookie, cookieOf(again)].flatMap((c) => c.split('; ').map((kv) => kv.split('=')[1]))];
    for (const secret of secrets) expect(out).not.toContain(secret);
    const health = await fetch(`${base}/api/health`);
    expect(health.headers.get('x-frame-options')).toBe('DENY');

    // ... while running, within seconds of the password change made through the API ...
    await expect.poll(() => (JSON.parse(readFileSync(headFile, 'utf8')) as { entryId: number }).entryId).toBeGreaterThan(atStart.entryId);
    // ... and again at stop.
    const exited = new Promise<number | null>((resolve) => child!.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    child = null;
    const store = await openStore({ dataDir: join(dir, 'data') });
    const head = await trailHead(store.db);
    await store.close();
    const atStop = JSON.parse(readFileSync(headFile, 'utf8')) as { entryId: number };
    expect(atStop.entryId).toBe(head!.id);
    expect(atStop.entryId).toBeGreaterThan(atStart.entryId);
  });

  it('refuses a LOG_LEVEL that names no level, saying which it takes', () => {
    const r = spawnSync(process.execPath, [bin, '--data-dir', join(dir, 'data'), 'start', '--no-hj212'], {
      env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'verbose' },
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('无法启动：LOG_LEVEL 应为 fatal、error、warn、info、debug、trace、silent 之一，收到"verbose"');
  });
});
