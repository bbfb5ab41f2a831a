/**
 * End to end: N simultaneous data-logger connections → TCP → HJ 212 receiver → store, each logger waiting for its
 * answer before the next frame. Prints frames/s into the store and the p50/p99 acknowledgement latency, and the
 * receiver's CPU time per frame: on a small machine the loggers and the database compete with it for the cores,
 * and the CPU figure says what one receiver core carries.
 *
 *   npx tsx bench/ingestTcp.ts [connections=1000] [seconds=10] [pglite|postgres|both]
 *
 * PostgreSQL: TEST_PG_URL or postgres://postgres@127.0.0.1:5432/postgres; a database is created and dropped.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { SimulatorResult } from '../src/cli/hj212/dataLoggerSimulator.js';
import { createHj212Receiver } from '../src/server/hj212/receiver.js';
import { systemContext } from '../src/services/context.js';
import { seedDemoPark } from '../src/services/demo/seedDemoPark.js';
import { createStation } from '../src/services/monitoring/stations.js';
import { countReadings } from '../src/store/queries/monitoring.js';
import { createTestStore, postgresReachable } from '../test/helpers/testStore.js';

const connections = Number(process.argv[2] ?? 1000);
const seconds = Number(process.argv[3] ?? 10);
const which = process.argv[4] ?? 'both';

async function run(kind: 'pglite' | 'postgres') {
  const store = await createTestStore(kind);
  const ctx = systemContext(store.db, 'test');
  await seedDemoPark(ctx);
  await createStation(ctx, 'S437012', { mn: 'BENCH0000000000000000001', name: '压测站', systemCode: '22', password: '123456' });
  const receiver = createHj212Receiver({ db: store.db, port: 0, host: '127.0.0.1', queue: { concurrency: kind === 'postgres' ? 4 : 1, maxBatch: 4000 } });
  const port = await receiver.listen();
  const startRss = process.memoryUsage().rss;
  const startCpu = process.cpuUsage();
  // The loggers run in their own process, as real ones would, at a rate far above capacity: each sends as soon as
  // its previous frame is answered. They share one MN; each connection owns its own data times.
  const { stdout } = await promisify(execFile)(process.execPath, [
    new URL('../bin/parkeco.js', import.meta.url).pathname,
    'hj212', 'send', '--host', '127.0.0.1', '--port', String(port), '--mn', 'BENCH0000000000000000001', '--pw', '123456',
    '--rate', '1000000', '--duration', String(seconds), '--connections', String(connections),
  ], { maxBuffer: 1 << 20 }).catch((e) => e as { stdout: string });
  const r = JSON.parse(stdout) as SimulatorResult;
  // The receiver's own CPU time (this process), apart from the loggers' and the database's on the same machine.
  const cpu = process.cpuUsage(startCpu);
  const cpuUsPerFrame = (cpu.user + cpu.system) / Math.max(1, r.acked);
  const stored = await countReadings(store.db);
  const batch = Math.round(receiver.queue.committed / Math.max(1, receiver.queue.batches));
  await receiver.close();
  await store.close();
  return {
    store: kind,
    connections,
    seconds: r.seconds.toFixed(1),
    acked: r.acked,
    stored,
    'frames/s': Math.round(r.acked / r.seconds),
    'ack p50 ms': r.latencyP50Ms,
    'ack p99 ms': r.latencyP99Ms,
    failed: r.failed,
    'rows/commit': batch,
    'receiver CPU µs/frame': Math.round(cpuUsPerFrame),
    'frames/s per receiver core': Math.round(1e6 / cpuUsPerFrame),
    'rss MB': Math.round(Math.max(startRss, process.memoryUsage().rss) / 1e6),
  };
}

const rows = [];
if (which !== 'postgres') rows.push(await run('pglite'));
if (which !== 'pglite' && (await postgresReachable())) rows.push(await run('postgres'));
console.table(rows);
