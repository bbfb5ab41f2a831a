import { STATION_AUTH_LIMITS, stationAuthFailureText } from '../../domain/monitoring/stationAuth.js';
import type { Db } from '../../store/client.js';
import { addStationAuthFailures, listStationAuthFailureRows } from '../../store/queries/monitoring.js';
import type { ServiceContext } from '../context.js';
import { resolvePark } from '../parks/resolvePark.js';
import type { StationAuthFailureView } from './schemas.js';

interface Pending {
  parkId: number;
  stationId: number;
  address: string;
  failures: number;
  firstAt: Date;
  lastAt: Date;
}

/**
 * Wrong passwords for registered stations, gathered by the receiver and written to the store every `everyMs`
 * (one row per station, address and episode), where the park's officers see them. A failed write is kept for the next.
 */
export class StationAuthFailureLog {
  private pending = new Map<string, Pending>();
  private writing: Promise<void> | null = null;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly db: Db,
    everyMs = 2000,
    private readonly windowMs: number = STATION_AUTH_LIMITS.address.windowMs,
  ) {
    this.timer = setInterval(() => void this.flush(), everyMs).unref();
  }

  add(station: { id: number; parkId: number }, address: string, at: Date) {
    const key = `${station.id}|${address}`;
    const p = this.pending.get(key);
    if (p) {
      p.failures++;
      p.lastAt = at;
    } else this.pending.set(key, { parkId: station.parkId, stationId: station.id, address, failures: 1, firstAt: at, lastAt: at });
  }

  /** Writes what has gathered; one write at a time. */
  flush(): Promise<void> {
    this.writing ??= this.write().finally(() => (this.writing = null));
    return this.writing;
  }

  async close() {
    clearInterval(this.timer);
    await this.writing;
    await this.flush();
  }

  private async write() {
    const batch = [...this.pending.values()];
    this.pending = new Map();
    for (const p of batch) {
      try {
        await addStationAuthFailures(this.db, p, this.windowMs);
      } catch {
        // The store is away: keep them, merged with what comes meanwhile, for the next write.
        const key = `${p.stationId}|${p.address}`;
        const later = this.pending.get(key);
        this.pending.set(key, later ? { ...p, failures: p.failures + later.failures, lastAt: later.lastAt } : p);
      }
    }
  }
}

/** A park's wrong-password episodes per station and address, the latest first, for its officers and reviewers. */
export async function listStationAuthFailures(ctx: ServiceContext, parkCode: string): Promise<StationAuthFailureView[]> {
  const park = await resolvePark(ctx, parkCode, 'read');
  const rows = await listStationAuthFailureRows(ctx.db, park.id, 200);
  return rows.map((r) => ({
    id: r.id,
    stationId: r.stationId,
    address: r.address,
    failures: r.failures,
    firstAt: r.firstAt.toISOString(),
    lastAt: r.lastAt.toISOString(),
    suspectedGuessing: r.failures >= STATION_AUTH_LIMITS.suspectedGuessingAt,
    text: stationAuthFailureText(r.address, r.failures),
  }));
}
