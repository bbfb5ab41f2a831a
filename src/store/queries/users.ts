import { and, asc, eq, gt, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { enterprises, sessions, userParks, users } from '../schema/index.js';

export type UserRow = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

export async function getUserByUsername(db: Db, username: string): Promise<UserRow | null> {
  return (await db.select().from(users).where(eq(users.username, username)))[0] ?? null;
}

export async function getUserById(db: Db, id: number): Promise<UserRow | null> {
  return (await db.select().from(users).where(eq(users.id, id)))[0] ?? null;
}

export async function listUserRows(db: Db): Promise<UserRow[]> {
  return db.select().from(users).orderBy(asc(users.id));
}

export async function countUsers(db: Db): Promise<number> {
  return (await db.select({ id: users.id }).from(users)).length;
}

export async function insertUser(db: Db, user: NewUser): Promise<number> {
  const [row] = await db.insert(users).values(user).returning({ id: users.id });
  return row.id;
}

export async function updateUser(db: Db, id: number, fields: Partial<NewUser>): Promise<void> {
  await db.update(users).set(fields).where(eq(users.id, id));
}

/**
 * Counts a login attempt before its password is checked, in one statement, so that parallel attempts each get their
 * own number: the attempt's number since the last success or lock, or null when the account is locked at `now`.
 */
export async function countLoginAttempt(db: Db, id: number, now: Date): Promise<number | null> {
  const rows = await db
    .update(users)
    .set({ failedLogins: sql`${users.failedLogins} + 1` })
    .where(and(eq(users.id, id), or(isNull(users.lockedUntil), lte(users.lockedUntil, now))))
    .returning({ attempt: users.failedLogins });
  return rows[0]?.attempt ?? null;
}

/** Locks an account until `until` and starts its count of attempts again from zero. */
export async function lockUser(db: Db, id: number, until: Date): Promise<void> {
  await db.update(users).set({ failedLogins: 0, lockedUntil: until }).where(eq(users.id, id));
}

export async function getUserParkIds(db: Db, userId: number): Promise<number[]> {
  const rows = await db.select({ parkId: userParks.parkId }).from(userParks).where(eq(userParks.userId, userId));
  return rows.map((r) => r.parkId);
}

export async function setUserParkIds(db: Db, userId: number, parkIds: number[]): Promise<void> {
  await db.delete(userParks).where(eq(userParks.userId, userId));
  if (parkIds.length) await db.insert(userParks).values(parkIds.map((parkId) => ({ userId, parkId })));
}

export async function getEnterpriseParkId(db: Db, enterpriseId: number): Promise<number | null> {
  return (await getEnterpriseSummary(db, enterpriseId))?.parkId ?? null;
}

export async function getEnterpriseSummary(db: Db, enterpriseId: number): Promise<{ name: string; parkId: number } | null> {
  const rows = await db.select({ name: enterprises.name, parkId: enterprises.parkId }).from(enterprises).where(eq(enterprises.id, enterpriseId));
  return rows[0] ?? null;
}

export async function insertSession(db: Db, s: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(s);
}

/** The live session with this token hash: not revoked, not expired. */
export async function getLiveSession(db: Db, tokenHash: string, now: Date) {
  const rows = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.tokenHash, tokenHash), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)));
  return rows[0] ?? null;
}

export async function revokeSession(db: Db, tokenHash: string, now: Date): Promise<void> {
  await db.update(sessions).set({ revokedAt: now }).where(eq(sessions.tokenHash, tokenHash));
}

/** Revokes every live session of a user; returns how many. */
export async function revokeUserSessions(db: Db, userId: number, now: Date): Promise<number> {
  const rows = await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .returning({ t: sessions.tokenHash });
  return rows.length;
}
