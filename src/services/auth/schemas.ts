import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_TOO_LONG } from '../../domain/auth/passwordStrength.js';
import { int4Positive, safeText } from '../fields.js';
import { ROLE_LABELS, ROLES } from './actor.js';

const id = z.number().int();

/** 新增用户: officers and stewards need parks, an enterprise user its enterprise, a reviewer a region. */
export const UserInput = z.object({
  username: z
    .string({ error: '用户名不能为空' })
    .trim()
    .regex(/^[A-Za-z0-9_.@-]{3,40}$/, '用户名为3至40位字母、数字或 _ . @ -'),
  displayName: safeText('姓名', 50).trim().min(1, '姓名不能为空'),
  role: z.enum(ROLES, { error: `角色应为：${Object.values(ROLE_LABELS).join('、')}` }),
  password: z.string({ error: '密码不能为空' }).max(PASSWORD_MAX_LENGTH, PASSWORD_TOO_LONG),
  parkCodes: z.array(safeText('园区代码', 20)).max(100, '园区最多100个').default([]),
  enterpriseId: int4Positive('所属企业').nullable().default(null),
  regionCode: safeText('行政区划代码', 12).nullable().default(null),
});
export type UserInputBody = z.input<typeof UserInput>;

// ---- Responses ----

/** The signed-in user as the web sees it: the services' actor without its `kind`, and the role's Chinese name. */
export const CurrentUserSchema = z.object({
  id,
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  roleLabel: z.string().describe('管理员、园区环保专员、环保管家、企业用户、生态环境局'),
  parkIds: z.array(id).describe('园区环保专员、环保管家负责的园区（编号）'),
  enterpriseId: id.nullable().describe('企业用户所属企业'),
  enterpriseParkId: id.nullable().describe('企业用户所属企业的园区'),
  regionCode: z.string().nullable().describe('生态环境局用户所辖行政区划（GB/T 2260）'),
  mustChangePassword: z.boolean().describe('密码由他人设置：须先修改密码才能继续使用'),
});
export type CurrentUser = z.infer<typeof CurrentUserSchema>;

/** POST /auth/login and GET /auth/me. */
export const SessionInfoSchema = z.object({
  user: CurrentUserSchema,
  csrfToken: z.string().nullable().describe('写请求须在 x-csrf-token 头中携带'),
});
export type SessionInfo = z.infer<typeof SessionInfoSchema>;

/** A user as 用户管理 lists it (administrators only). */
export const UserViewSchema = z.object({
  id,
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  roleLabel: z.string(),
  parkCodes: z.array(z.string()).describe('园区环保专员、环保管家负责的园区'),
  enterpriseId: id.nullable(),
  enterpriseName: z.string().nullable(),
  enterpriseParkCode: z.string().nullable(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable().describe('行政区划全称'),
  active: z.boolean(),
});
export type UserView = z.infer<typeof UserViewSchema>;

export const RevokedSessionsSchema = z.object({ revoked: z.number().int().describe('注销的有效会话数') });
export type RevokedSessions = z.infer<typeof RevokedSessionsSchema>;
