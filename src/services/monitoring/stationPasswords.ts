import { createHash, timingSafeEqual } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/**
 * Station access passwords (HJ 212 PW), stored salted and slow: argon2id with the OWASP-recommended minimum
 * (19 MiB, 2 passes, 1 lane), as a PHC string that names its scheme. Stations registered before carry
 * `$sha256$<hex>` (unsalted SHA-256, marked by migration 0005): verified once that way, then rehashed.
 */
// algorithm 2 = Argon2id (a const enum in the typings, which isolated modules cannot read).
const OPTIONS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 };
const LEGACY_SHA256 = '$sha256$';

export const hashStationPassword = (pw: string) => hash(pw, OPTIONS);

/** The stored form of a password hashed the old way, as migration 0005 marks it (kept for tests of the upgrade). */
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
  try {
    return (await verify(stored, pw)) ? { ok: true, rehashed: null } : { ok: false };
  } catch {
    return { ok: false };
  }
}

let decoy: Promise<string> | undefined;

/**
 * Spends what verifying a password costs when there is no station to verify against, so that an unknown MN
 * takes as long to refuse as a wrong password.
 */
export async function spendPasswordCheck(pw: string): Promise<void> {
  decoy ??= hashStationPassword('parkeco: no such station');
  await verify(await decoy, pw).catch(() => false);
}
