import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { runDataLoggerSimulator, type AckedFrame } from '../../src/cli/hj212/dataLoggerSimulator.js';
import { systemContext } from '../../src/services/context.js';
import { seedDemoPark } from '../../src/services/demo/seedDemoPark.js';
import { createStation } from '../../src/services/monitoring/stations.js';
import { auditKeyLocation, loadAuditKey } from '../../src/store/auditKey.js';
import { openStore } from '../../src/store/client.js';

const bin = new URL('../../bin/parkeco.js', import.meta.url).pathname;
const MN = 'QD0000000000000000000009';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

/** Starts `parkeco ingest` on a PGlite directory and resolves once it listens. */
function startIngest(dataDir: string, port: number): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, '--data-dir', dataDir, 'ingest', '--port', String(port), '--host', '127.0.0.1'], {
      env: { ...process.env, DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      if (out.includes('HJ 212 接收端已启动')) resolve(child);
    });
    child.stderr!.on('data', (d) => (out += d));
    child.on('exit', (code) => reject(new Error(`ingest exited ${code}: ${out}`)));
  });
}

describe('kill and restart: nothing acknowledged is lost', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parkeco-kill-'));
  const dataDir = join(dir, 'data');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('every frame acknowledged before a SIGKILL of the receiver is in the store after restart', async () => {
    const store = await openStore({ dataDir });
    await store.migrate();
    // The audit key beside the data directory, as the CLI that runs the receiver will find it.
    await loadAuditKey(store.db, auditKeyLocation({}, { dataDir }), { create: true });
    await seedDemoPark(systemContext(store.db, 'test'), { simulatedYear: false });
    await createStation(systemContext(store.db, 'test'), 'S437012', { mn: MN, name: '断电测试站', systemCode: '22', password: '654321' });
    await store.close();

    const port = await freePort();
    const child = await startIngest(dataDir, port);
    const acked: AckedFrame[] = [];
    const sim = runDataLoggerSimulator({
      host: '127.0.0.1',
      port,
      mns: [MN],
      pw: '654321',
      rate: 300,
      durationS: 4,
      connections: 10,
      ackTimeoutMs: 500,
      retries: 0,
      startTime: new Date('2024-07-01T00:00:00Z'),
      onAck: (a) => acked.push(a),
    });
    // Kill it hard in the middle of the stream, while batches are in flight.
    await new Promise((r) => setTimeout(r, 1500));
    child.kill('SIGKILL');
    await sim;
    const ackedBeforeKill = [...acked];
    expect(ackedBeforeKill.length).toBeGreaterThan(50);

    // Restart, then look at the store.
    const restarted = await startIngest(dataDir, port);
    restarted.kill('SIGTERM');
    await new Promise((r) => restarted.once('exit', r));
    const check = await openStore({ dataDir });
    const rows = (await check.db.execute(sql`SELECT data_time FROM readings`)) as unknown as { rows: { data_time: Date | string }[] };
    await check.close();
    const stored = new Set(rows.rows.map((r) => new Date(r.data_time).getTime()));
    const lost = ackedBeforeKill.filter((a) => !stored.has(a.dataTime.getTime()));
    expect(lost).toEqual([]);
  });
});
