import { createHash, timingSafeEqual } from 'node:crypto';
import { hashPassword, verifyPassword } from '../auth/passwords.js';

/**
 * Station access passwords (HJ 212 PW), stored salted and slow with the users' argon2id hash (a PHC string that
 * names its scheme); no strength rule applies, loggers ship with fixed passwords. Stations registered before carry
 * `$sha256$<hex>` (unsalted SHA-256, marked by migration 0009): verified once that way, then rehashed.
 */
const LEGACY_SHA256 = '$sha256$';

export const hashStationPassword = hashPassword;

/** The stored form of a password hashed the old way, as migration 0009 marks it (kept for tests of the upgrade). */
export const legacyStationPasswordHash = (pw: string) => LEGACY_SHA256 + createHash('sha256').update(pw).digest('hex');

export type StationPasswordCheck = { ok: false } | { ok: true; rehashed: string | null };

/** Whether `pw` matches the stored hash; a legacy hash that matches comes back with its argon2id replacement. */
export async function checkStationPassword(stored: string, pw: string): Promise<StationPasswordCheck> {
  if (stored.startsWith(LEGACY_SHA256)) {
    const expected = Buffer.from(stored.slice(LEGACY_SHA256.length), 'hex');
    const actual = createHash('sha256').update(pw).digest();
    if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return { ok: false };
    return { ok: true, rehashed: await hashStationPassword(pw) };
  }
  return (await verifyPassword(stored, pw)) ? { ok: true, rehashed: null } : { ok: false };
}

let decoy: Promise<string> | undefined;

/**
 * Spends what verifying a password costs when there is no station to verify against, so that an unknown MN
 * takes as long to refuse as a wrong password.
 */
export async function spendPasswordCheck(pw: string): Promise<void> {
  decoy ??= hashStationPassword('parkeco: no such station');
  await verifyPassword(await decoy, pw);
}
