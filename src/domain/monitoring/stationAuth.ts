/**
 * Throttling of HJ 212 station logins (MN + PW): how many wrong passwords a connection, an address and an MN may
 * send, and what happens then. All limits live here. A logger that is set up right fails never; one set up wrong
 * fails on every frame, so a few failures go unthrottled and the rest are slowed, then refused.
 */
interface Lockout {
  windowMs: number;
  maxFailures: number;
  lockoutMs: number;
}

export interface StationAuthLimits {
  connection: { freeFailures: number; firstDelayMs: number; maxDelayMs: number; closeAtFailure: number };
  address: Lockout;
  mn: Lockout;
  verifiedForMs: number;
  suspectedGuessingAt: number;
}

export const STATION_AUTH_LIMITS: StationAuthLimits = {
  connection: {
    /** Failures on one connection answered at once. */
    freeFailures: 3,
    /** Delay before answering the first failure after those; it doubles with each further failure … */
    firstDelayMs: 100,
    /** … up to this. */
    maxDelayMs: 2000,
    /** The connection is closed at this failure (its answer is the last one sent). */
    closeAtFailure: 8,
  },
  /** Failures from one address, over all its connections, within the window lock it out for the cool-off. */
  address: { windowMs: 10 * 60_000, maxFailures: 30, lockoutMs: 15 * 60_000 },
  /** Failures for one MN (registered or not), from any address: the same, against guessing from many addresses. */
  mn: { windowMs: 10 * 60_000, maxFailures: 30, lockoutMs: 15 * 60_000 },
  /**
   * An (MN, PW) pair that verified is remembered this long after its last use (per receiver process), so a
   * logger does not pay the slow hash on each connection, and still logs in while its address or MN is locked out.
   */
  verifiedForMs: 10 * 60_000,
  /** A station's episode of this many wrong passwords from one address reads as guessing, not a typo. */
  suspectedGuessingAt: 5,
};

/** The delay before answering the n-th failure (1-based) on one connection. */
export function failureDelayMs(n: number, c: StationAuthLimits['connection'] = STATION_AUTH_LIMITS.connection): number {
  if (n <= c.freeFailures) return 0;
  return Math.min(c.maxDelayMs, c.firstDelayMs * 2 ** (n - c.freeFailures - 1));
}

/**
 * Failures per key (an address or an MN) in a sliding window; a key with `maxFailures` of them within `windowMs`
 * is locked out for `lockoutMs` from the last one. Time is given by the caller.
 */
export class SlidingWindowLockout {
  private readonly failures = new Map<string, number[]>();
  private readonly lockedUntil = new Map<string, number>();

  constructor(private readonly limits: Lockout) {}

  isLocked(key: string, now: number): boolean {
    const until = this.lockedUntil.get(key);
    if (until === undefined) return false;
    if (until > now) return true;
    this.lockedUntil.delete(key);
    return false;
  }

  /** The time its lockout ends, if the key is locked out. */
  lockedUntilOf(key: string, now: number): number | null {
    return this.isLocked(key, now) ? this.lockedUntil.get(key)! : null;
  }

  /** Counts a failure; true when this one locks the key out. */
  fail(key: string, now: number): boolean {
    const recent = this.recent(key, now);
    recent.push(now);
    this.failures.set(key, recent);
    if (recent.length < this.limits.maxFailures) return false;
    this.lockedUntil.set(key, now + this.limits.lockoutMs);
    this.failures.delete(key);
    return true;
  }

  /** Failures of the key within the window. */
  count(key: string, now: number): number {
    return this.recent(key, now).length;
  }

  /** Forgets keys with nothing in the window and no lockout running, so the maps do not grow without end. */
  prune(now: number) {
    for (const key of this.failures.keys()) if (this.recent(key, now).length === 0) this.failures.delete(key);
    for (const [key, until] of this.lockedUntil) if (until <= now) this.lockedUntil.delete(key);
  }

  private recent(key: string, now: number): number[] {
    const all = this.failures.get(key) ?? [];
    const from = now - this.limits.windowMs;
    const i = all.findIndex((t) => t > from);
    return i === -1 ? [] : i === 0 ? all : all.slice(i);
  }
}

/** The officer's line for an episode of wrong passwords from one address. */
export function stationAuthFailureText(address: string, failures: number): string {
  return failures >= STATION_AUTH_LIMITS.suspectedGuessingAt
    ? `疑似口令猜测：来自 ${address} 的 ${failures} 次口令错误`
    : `口令错误：来自 ${address} 的 ${failures} 次`;
}
