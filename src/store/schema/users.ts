import { boolean, index, integer, pgTable, primaryKey, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { enterprises } from './enterprises.js';
import { parks } from './parks.js';

/**
 * 用户. Roles: admin 管理员, officer 园区环保专员, steward 环保管家, enterprise 企业用户, reviewer 生态环境局.
 * Officers and stewards reach parks through user_parks; an enterprise user its one enterprise; a reviewer every
 * park whose division lies in its region.
 */
export const users = pgTable(
  'users',
  {
    id: serial('id').primaryKey(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    /** argon2id PHC string. */
    passwordHash: text('password_hash').notNull(),
    role: text('role').notNull(),
    /** GB/T 2260 code of a reviewer's region (province, prefecture or county). */
    regionCode: text('region_code'),
    enterpriseId: integer('enterprise_id').references(() => enterprises.id, { onDelete: 'set null' }),
    active: boolean('active').notNull().default(true),
    /**
     * Login attempts since the last success or lock that have not succeeded (counted before the password is checked,
     * so parallel attempts cannot outrun it), and when the account may try again.
     */
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    /**
     * The password was set by someone other than the user (the one-time administrator password, an administrator's
     * reset, the CLI): the user must choose its own before doing anything else.
     */
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('users_username_idx').on(t.username)],
);

export const userParks = pgTable(
  'user_parks',
  {
    userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    parkId: integer('park_id').notNull().references(() => parks.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.parkId] })],
);

/** Login sessions. The cookie holds a random token; only its SHA-256 is stored, so a leaked table opens nothing. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    /** Double-submit CSRF token for this session. */
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_id_idx').on(t.userId)],
);
