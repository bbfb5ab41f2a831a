import type { Db } from '../../store/client.js';
import { getStationByMn } from '../../store/queries/monitoring.js';

export interface KnownStation {
  id: number;
  parkId: number;
  passwordHash: string;
  active: boolean;
}

/**
 * Stations by MN for the receiver, cached for `ttlMs` so a busy receiver does not query the store per frame;
 * a station registered or changed in the UI is seen within that time. Unknown MNs are cached too (briefly).
 */
export class StationDirectory {
  private readonly cache = new Map<string, { station: KnownStation | null; until: number }>();

  constructor(
    private readonly db: Db,
    private readonly ttlMs = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  async lookup(mn: string): Promise<KnownStation | null> {
    const hit = this.cache.get(mn);
    if (hit && hit.until > this.now()) return hit.station;
    const row = await getStationByMn(this.db, mn);
    const station = row ? { id: row.id, parkId: row.parkId, passwordHash: row.passwordHash, active: row.active } : null;
    if (this.cache.size > 100_000) this.cache.clear();
    this.cache.set(mn, { station, until: this.now() + this.ttlMs });
    return station;
  }

  /** Drops what is cached for an MN, after its row changed. */
  forget(mn: string) {
    this.cache.delete(mn);
  }
}
