import { randomBytes } from 'node:crypto';
import { passwordProblems } from '../../domain/auth/passwordStrength.js';
import { lookupDivision } from '../../domain/regions/index.js';
import { getEnterpriseParkId, getEnterpriseSummary, countUsers, getUserById, getUserByUsername, getUserParkIds, insertUser, listUserRows, revokeUserSessions, setUserParkIds, updateUser } from '../../store/queries/users.js';
import { getParkRowByCode, listParkRows } from '../../store/queries/parks.js';
import { recordChange } from '../audit/recordChange.js';
import { withTransaction, type ServiceContext } from '../context.js';
import { forbidden, notFound, ServiceError } from '../errors.js';
import { issuesFromZod } from '../zodIssues.js';
import { ROLE_LABELS, type Role } from './actor.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { UserInput, type UserView } from './schemas.js';

function requireAdmin(ctx: ServiceContext) {
  if (ctx.actor.kind === 'user' && ctx.actor.role !== 'admin') throw forbidden('只有管理员可以管理用户');
}

const checkPassword = (password: string, username: string) => {
  const problems = passwordProblems(password, username);
  if (problems.length) {
    throw new ServiceError('VALIDATION', '密码强度不足', problems.map((message) => ({ severity: 'error' as const, field: 'password', message })));
  }
};

async function present(ctx: ServiceContext, id: number): Promise<UserView> {
  const u = await getUserById(ctx.db, id);
  if (!u) throw notFound(`用户（编号${id}）`);
  const parkIds = await getUserParkIds(ctx.db, id);
  const allParks = await listParkRows(ctx.db);
  const parks = allParks.filter((p) => parkIds.includes(p.id));
  const enterprise = u.enterpriseId ? await getEnterpriseSummary(ctx.db, u.enterpriseId) : null;
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role as Role,
    roleLabel: ROLE_LABELS[u.role as Role],
    parkCodes: parks.map((p) => p.code),
    enterpriseId: u.enterpriseId,
    enterpriseName: enterprise?.name ?? null,
    enterpriseParkCode: allParks.find((p) => p.id === enterprise?.parkId)?.code ?? null,
    regionCode: u.regionCode,
    regionName: u.regionCode ? (lookupDivision(u.regionCode)?.fullName ?? null) : null,
    active: u.active,
  };
}

export async function listUsers(ctx: ServiceContext): Promise<UserView[]> {
  requireAdmin(ctx);
  return Promise.all((await listUserRows(ctx.db)).map((u) => present(ctx, u.id)));
}

/** Adds a user. Officers and stewards need parks, an enterprise user its enterprise, a reviewer a region. */
export async function createUser(ctx: ServiceContext, body: unknown): Promise<UserView> {
  requireAdmin(ctx);
  const parsed = UserInput.safeParse(body);
  if (!parsed.success) throw new ServiceError('VALIDATION', '用户信息有误', issuesFromZod(parsed.error, body));
  const u = parsed.data;
  checkPassword(u.password, u.username);
  const issue = (field: string, message: string, value: unknown) => new ServiceError('VALIDATION', '用户信息有误', [{ severity: 'error', field, message, value }]);
  return withTransaction(ctx, async (tx) => {
    if (await getUserByUsername(tx.db, u.username)) throw new ServiceError('CONFLICT', `用户名 ${u.username} 已存在`);
    const parkIds: number[] = [];
    for (const code of u.parkCodes) {
      const park = await getParkRowByCode(tx.db, code);
      if (!park) throw issue('parkCodes', `园区 ${code} 不存在`, code);
      parkIds.push(park.id);
    }
    if ((u.role === 'officer' || u.role === 'steward') && parkIds.length === 0) throw issue('parkCodes', `${ROLE_LABELS[u.role]}至少应负责一个园区`, u.parkCodes);
    if (u.role === 'enterprise' && (!u.enterpriseId || !(await getEnterpriseParkId(tx.db, u.enterpriseId)))) {
      throw issue('enterpriseId', '企业用户应关联一家已在档案中的企业', u.enterpriseId);
    }
    if (u.role === 'reviewer' && (!u.regionCode || !lookupDivision(u.regionCode))) {
      throw issue('regionCode', '生态环境局用户应有所辖行政区划（GB/T 2260 代码）', u.regionCode);
    }
    const id = await insertUser(tx.db, {
      username: u.username,
      displayName: u.displayName,
      role: u.role,
      passwordHash: await hashPassword(u.password),
      // Chosen by the administrator or the operator, not by the user: to be changed at first login.
      mustChangePassword: true,
      enterpriseId: u.role === 'enterprise' ? u.enterpriseId : null,
      regionCode: u.role === 'reviewer' ? u.regionCode : null,
    });
    await setUserParkIds(tx.db, id, u.role === 'officer' || u.role === 'steward' ? parkIds : []);
    const view = await present(tx, id);
    await recordChange(tx, { parkId: null, entity: 'user', entityId: id, action: 'create', before: null, after: view });
    return view;
  });
}

/**
 * Sets a user's password and ends its sessions. A signed-in user changing its own password must give the current one
 * (an administrator too: a stolen session must not be enough) and choose a different one; an administrator may reset
 * anyone else's, and the operator's CLI anyone's — a password the user did not choose, to be changed at its next login.
 */
export async function setPassword(ctx: ServiceContext, userId: number, password: string, currentPassword?: string): Promise<void> {
  const self = ctx.actor.kind === 'user' && ctx.actor.id === userId;
  if (!self) requireAdmin(ctx);
  const user = await getUserById(ctx.db, userId);
  if (!user) throw notFound(`用户（编号${userId}）`);
  if (self && !(await verifyPassword(user.passwordHash, currentPassword ?? ''))) {
    throw new ServiceError('VALIDATION', '当前密码不正确', [{ severity: 'error', field: 'currentPassword', message: '当前密码不正确' }]);
  }
  if (self && password === currentPassword) {
    throw new ServiceError('VALIDATION', '新密码不能与当前密码相同', [{ severity: 'error', field: 'password', message: '新密码不能与当前密码相同' }]);
  }
  checkPassword(password, user.username);
  await withTransaction(ctx, async (tx) => {
    await updateUser(tx.db, userId, { passwordHash: await hashPassword(password), mustChangePassword: !self, failedLogins: 0, lockedUntil: null });
    await revokeUserSessions(tx.db, userId, new Date());
    await recordChange(tx, { parkId: null, entity: 'user', entityId: userId, action: 'password', before: null, after: null });
  });
}

/** {@link setPassword} by user name, for the operator's CLI. */
export async function setPasswordOf(ctx: ServiceContext, username: string, password: string): Promise<void> {
  const user = await getUserByUsername(ctx.db, username);
  if (!user) throw notFound(`用户 ${username} `);
  await setPassword(ctx, user.id, password);
}

/** An administrator may not lock itself out, nor leave the platform without an active administrator. */
async function refuseSelfLockout(ctx: ServiceContext, userId: number, what: string) {
  if (ctx.actor.kind === 'user' && ctx.actor.id === userId) throw forbidden(`不能${what}本人账号`);
  const target = await getUserById(ctx.db, userId);
  if (target?.role === 'admin' && target.active) {
    const activeAdmins = (await listUserRows(ctx.db)).filter((u) => u.role === 'admin' && u.active);
    if (activeAdmins.length <= 1) throw forbidden(`不能${what}唯一启用的管理员账号`);
  }
}

/** Enables or disables a user; disabling ends its sessions. */
export async function setUserActive(ctx: ServiceContext, userId: number, active: boolean): Promise<UserView> {
  requireAdmin(ctx);
  if (!active) await refuseSelfLockout(ctx, userId, '停用');
  return withTransaction(ctx, async (tx) => {
    const before = await present(tx, userId);
    await updateUser(tx.db, userId, { active });
    if (!active) await revokeUserSessions(tx.db, userId, new Date());
    const after = await present(tx, userId);
    await recordChange(tx, { parkId: null, entity: 'user', entityId: userId, action: 'update', before, after });
    return after;
  });
}

/** Ends every session of a user (not the administrator's own: that is logging out). */
export async function revokeSessions(ctx: ServiceContext, userId: number): Promise<number> {
  requireAdmin(ctx);
  if (ctx.actor.kind === 'user' && ctx.actor.id === userId) throw forbidden('不能注销本人的全部会话，请使用"退出登录"');
  return withTransaction(ctx, async (tx) => {
    const n = await revokeUserSessions(tx.db, userId, new Date());
    await recordChange(tx, { parkId: null, entity: 'user', entityId: userId, action: 'revoke_sessions', before: null, after: { revoked: n } });
    return n;
  });
}

/** A random password the rule accepts (random characters can, now and then, spell a run such as abcd). */
function oneTimePassword(): string {
  for (;;) {
    const candidate = `Pk-${randomBytes(9).toString('base64url')}`;
    if (passwordProblems(candidate, 'admin').length === 0) return candidate;
  }
}

/**
 * On a store without users, creates the administrator `admin`: with PARKECO_ADMIN_PASSWORD when given, otherwise a
 * random one-time password that is returned once for the operator to note.
 *
 * Either way the administrator must change it at first login. PARKECO_ADMIN_PASSWORD is chosen by the operator, but
 * it is a deployment setting: it sits in environment files, service units, shell history and the process environment,
 * and is known to whoever deploys — not a secret of the person who will administer the platform.
 */
export async function ensureInitialAdmin(ctx: ServiceContext, password?: string): Promise<{ username: string; password: string | null } | null> {
  if ((await countUsers(ctx.db)) > 0) return null;
  const generated = password ? null : oneTimePassword();
  await createUser(ctx, { username: 'admin', displayName: '管理员', role: 'admin', password: password ?? generated });
  return { username: 'admin', password: generated };
}
