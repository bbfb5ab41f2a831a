import { hostname } from 'node:os';
import type { ReceiverCounters } from '../../domain/monitoring/receiverCounters.js';
import type { Db } from '../../store/client.js';
import { heartbeatReceiver, listRecentReceivers, registerReceiver, stopReceiver } from '../../store/queries/receivers.js';
import type { ServiceContext } from '../context.js';
import type { ReceiverStats } from './schemas.js';

/** A receiver not heard from for this long is no longer running (it crashed or lost the store). */
const RUNNING_WITHIN_MS = 10_000;

export interface ReceiverStatusPublisher {
  /** Writes the final counters and marks the receiver stopped. */
  stop(): Promise<void>;
}

/**
 * Publishes a receiver's counters to the store: registers it, then writes them every `everyMs`. A failed write is
 * dropped and the next one tries again (registering too, if that failed): the status never stops the receiving.
 * Resolves once the first write has been tried.
 */
export async function publishReceiverStatus(
  db: Db,
  r: { port: number; mode: 'lenient' | 'strict'; everyMs: number; counters: () => ReceiverCounters },
): Promise<ReceiverStatusPublisher> {
  let id: number | null = null;
  let writing: Promise<void> | null = null;
  const write = async () => {
    if (id === null) id = await registerReceiver(db, { host: hostname(), port: r.port, pid: process.pid, mode: r.mode, stats: r.counters() });
    else await heartbeatReceiver(db, id, r.counters());
  };
  const tick = () => {
    // A slow store gets one write at a time.
    writing ??= write()
      .catch(() => undefined)
      .finally(() => (writing = null));
    return writing;
  };
  await tick();
  const timer = setInterval(tick, r.everyMs).unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await writing;
      if (id !== null) await stopReceiver(db, id, r.counters()).catch(() => undefined);
    },
  };
}

/**
 * Every receiver heard from in the last 24 hours, newest first. Any signed-in user sees the counters; only the
 * platform's administrators (and the console) see where it runs, host and PID, which tell an attacker what to aim at.
 */
export async function listReceivers(ctx: ServiceContext): Promise<ReceiverStats[]> {
  const operator = ctx.actor.kind === 'system' || ctx.actor.role === 'admin';
  return (await listRecentReceivers(ctx.db)).map((r) => ({
    id: r.id,
    ...(operator ? { host: r.host, pid: r.pid } : {}),
    port: r.port,
    // Written by publishReceiverStatus, which takes only these two.
    mode: r.mode as ReceiverStats['mode'],
    startedAt: r.startedAt.toISOString(),
    heartbeatAt: r.heartbeatAt.toISOString(),
    stoppedAt: r.stoppedAt?.toISOString() ?? null,
    running: r.stoppedAt === null && r.now.getTime() - r.heartbeatAt.getTime() < RUNNING_WITHIN_MS,
    ...r.stats,
  }));
}
