import { createHash, randomBytes } from 'node:crypto';
import {
  countLoginAttempt,
  getEnterpriseParkId,
  getLiveSession,
  getUserById,
  getUserByUsername,
  getUserParkIds,
  insertSession,
  lockUser,
  revokeSession,
  updateUser,
  type UserRow,
} from '../../store/queries/users.js';
import type { Db } from '../../store/client.js';
import { ServiceError } from '../errors.js';
import type { Role, UserActor } from './actor.js';
import { hashPassword, verifyPassword } from './passwords.js';

/** How long a session lives from login. */
export const SESSION_HOURS = 12;
/** Failed logins in a row before the account is locked, and for how long. */
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const token = () => randomBytes(32).toString('base64url');

/** A hash to verify against when the user does not exist, so a wrong name costs as long as a wrong password. */
let dummyHash: Promise<string> | null = null;

export interface LoginResult {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  user: UserActor;
}

/** The services' view of a user row: role, parks, enterprise, region. */
export async function toUserActor(db: Db, u: UserRow): Promise<UserActor> {
  return {
    kind: 'user',
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role as Role,
    parkIds: await getUserParkIds(db, u.id),
    enterpriseId: u.enterpriseId,
    enterpriseParkId: u.enterpriseId ? await getEnterpriseParkId(db, u.enterpriseId) : null,
    regionCode: u.regionCode,
    mustChangePassword: u.mustChangePassword,
  };
}

const badLogin = () => new ServiceError('UNAUTHENTICATED', '用户名或密码错误');
const lockedOut = () => new ServiceError('RATE_LIMITED', `登录失败次数过多，账号已锁定，请在${LOCK_MINUTES}分钟后再试`);

/**
 * Checks a user name and password and opens a session; the answer never tells whether the name exists.
 *
 * Each attempt takes its number in the store before the password is checked, so parallel attempts cannot all read
 * the same count: attempts 1 to {@link MAX_FAILED_LOGINS} have their password checked, the one numbered
 * MAX_FAILED_LOGINS locks the account for {@link LOCK_MINUTES} minutes when it fails, and any attempt beyond it
 * (sent before that lock was written) locks the account without being checked. So however many are sent at once,
 * at most MAX_FAILED_LOGINS passwords are tried per lock period, and the right one is refused while locked.
 */
export async function login(
  db: Db,
  input: { username: string; password: string; ip?: string; userAgent?: string },
  now = new Date(),
): Promise<LoginResult> {
  const user = await getUserByUsername(db, input.username);
  if (!user || !user.active) {
    dummyHash ??= hashPassword(token());
    await verifyPassword(await dummyHash, input.password);
    throw badLogin();
  }
  const attempt = await countLoginAttempt(db, user.id, now);
  if (attempt === null) throw lockedOut();
  const lock = () => lockUser(db, user.id, new Date(now.getTime() + LOCK_MINUTES * 60_000));
  if (attempt > MAX_FAILED_LOGINS) {
    await lock();
    throw lockedOut();
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    if (attempt === MAX_FAILED_LOGINS) await lock();
    throw badLogin();
  }
  await updateUser(db, user.id, { failedLogins: 0, lockedUntil: null });
  const t = token();
  const csrfToken = token();
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000);
  await insertSession(db, {
    tokenHash: sha256(t),
    userId: user.id,
    csrfToken,
    createdAt: now,
    expiresAt,
    ip: input.ip ?? null,
    userAgent: input.userAgent?.slice(0, 300) ?? null,
  });
  return { token: t, csrfToken, expiresAt, user: await toUserActor(db, user) };
}

/** The user and CSRF token of a live session, or null for a missing, expired or revoked one. */
export async function authenticate(db: Db, sessionToken: string, now = new Date()): Promise<{ user: UserActor; csrfToken: string } | null> {
  const session = await getLiveSession(db, sha256(sessionToken), now);
  if (!session) return null;
  const user = await getUserById(db, session.userId);
  if (!user || !user.active) return null;
  return { user: await toUserActor(db, user), csrfToken: session.csrfToken };
}

export async function logout(db: Db, sessionToken: string, now = new Date()): Promise<void> {
  await revokeSession(db, sha256(sessionToken), now);
}
