import { createHash } from 'node:crypto';
import { SlidingWindowLockout, STATION_AUTH_LIMITS, type StationAuthLimits } from '../../domain/monitoring/stationAuth.js';
import type { Db } from '../../store/client.js';
import { replaceStationPasswordHash } from '../../store/queries/monitoring.js';
import type { KnownStation, StationDirectory } from './stationDirectory.js';
import type { StationAuthFailureLog } from './stationAuthFailures.js';
import { checkStationPassword, spendPasswordCheck } from './stationPasswords.js';

export type LoginResult = { ok: true; station: KnownStation } | { ok: false; locked: boolean };

/** What one connection has verified: MN → the password and the stored hash it matched. */
export type LoginSession = Map<string, { pw: string; hash: string }>;

/**
 * Station logins (MN + PW) for one receiver process. A wrong password and an unknown MN fail alike (same result,
 * same cost), counted per address and per MN; a locked-out address or MN is refused without checking, except for
 * a pair that verified lately. Verified pairs are remembered per connection and per process, so the slow hash is
 * paid once per logger, not per frame.
 */
export class StationLogin {
  private readonly verified = new Map<string, { hash: string; until: number }>();
  private readonly byAddress: SlidingWindowLockout;
  private readonly byMn: SlidingWindowLockout;

  constructor(
    private readonly db: Db,
    private readonly directory: StationDirectory,
    private readonly failures: StationAuthFailureLog,
    private readonly limits: StationAuthLimits = STATION_AUTH_LIMITS,
    private readonly now: () => number = Date.now,
  ) {
    this.byAddress = new SlidingWindowLockout(limits.address);
    this.byMn = new SlidingWindowLockout(limits.mn);
  }

  async login(mn: string, pw: string, address: string, session: LoginSession): Promise<LoginResult> {
    const station = mn ? await this.directory.lookup(mn) : null;
    const now = this.now();
    const here = session.get(mn);
    if (station && here && here.pw === pw && here.hash === station.passwordHash) return { ok: true, station };
    const key = `${mn}\0${createHash('sha256').update(pw).digest('hex')}`;
    const known = this.verified.get(key);
    if (station && known && known.hash === station.passwordHash && known.until > now) {
      known.until = now + this.limits.verifiedForMs;
      session.set(mn, { pw, hash: station.passwordHash });
      return { ok: true, station };
    }
    if (this.byAddress.isLocked(address, now) || this.byMn.isLocked(mn, now)) return { ok: false, locked: true };
    const check = station ? await checkStationPassword(station.passwordHash, pw) : (await spendPasswordCheck(pw), { ok: false as const });
    if (!check.ok || !station) {
      this.byAddress.fail(address, now);
      this.byMn.fail(mn, now);
      if (station) this.failures.add(station, address, new Date(now));
      if (this.verified.size > 100_000) this.verified.clear();
      this.byAddress.prune(now);
      this.byMn.prune(now);
      return { ok: false, locked: false };
    }
    let current = station;
    if (check.rehashed) {
      // The legacy SHA-256 hash matched: store the argon2id one (unless the password changed meanwhile).
      const replaced = await replaceStationPasswordHash(this.db, station.id, station.passwordHash, check.rehashed).catch(() => false);
      if (replaced) {
        this.directory.forget(mn);
        current = { ...station, passwordHash: check.rehashed };
      }
    }
    this.verified.set(key, { hash: current.passwordHash, until: now + this.limits.verifiedForMs });
    session.set(mn, { pw, hash: current.passwordHash });
    return { ok: true, station: current };
  }
}
