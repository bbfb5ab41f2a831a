import { z } from 'zod';
import type { ReceiverCounters as DomainReceiverCounters } from '../../domain/monitoring/receiverCounters.js';
import type { FactorReading as StoredFactorReading } from '../../store/schema/index.js';
import { int4Positive, safeText } from '../fields.js';
import { typesAgree } from '../typesAgree.js';

/** The data kinds (CN) the receiver stores: 2011 real-time, 2051 minute, 2061 hour, 2031 day. */
export const DATA_CNS = ['2011', '2051', '2061', '2031'] as const;
export const DataCnSchema = z.enum(DATA_CNS);
export type DataCn = z.infer<typeof DataCnSchema>;

const decimalInput = z.string({ error: '应为数字文字，如 "50"' }).max(20, '数字不能超过20位').regex(/^-?\d+(\.\d+)?$/, '限值应为数字，如 50 或 0.5').nullable().default(null);

/** 登记站点 / 修改站点: `password` only when set (on edit: only to change it). */
export const StationInput = z.object({
  mn: z.string({ error: 'MN 不能为空' }).trim().regex(/^[0-9A-Za-z]{1,24}$/, 'MN 应为1至24位字母或数字'),
  name: safeText('站点名称', 100).trim().min(1, '站点名称不能为空'),
  systemCode: z.string().regex(/^\d{2,3}$/, '系统编码（ST）应为2至3位数字，如 22（空气质量）、32（地表水污染源）'),
  password: safeText('访问密码（PW）', 32).min(1, '访问密码（PW）不能为空').optional(),
  enterpriseId: int4Positive('所属企业').nullable().default(null),
  location: safeText('位置', 200).nullable().default(null),
  longitude: decimalInput,
  latitude: decimalInput,
  uploadIntervalSeconds: z.number().int().min(1).max(86400).default(60),
  active: z.boolean().default(true),
  limits: z
    .array(
      z
        .object({ factorCode: safeText('因子', 20).trim().min(1, '请选择因子'), upper: decimalInput, lower: decimalInput })
        .refine((l) => l.upper !== null || l.lower !== null, { message: '上限和下限至少填写一个', path: ['upper'] })
        .refine((l) => l.upper === null || l.lower === null || Number(l.upper) >= Number(l.lower), {
          message: '上限不能小于下限',
          path: ['upper'],
        }),
    )
    .default([])
    .superRefine((limits, ctx) => {
      const seen = new Set<string>();
      limits.forEach((l, i) => {
        if (seen.has(l.factorCode)) ctx.addIssue({ code: 'custom', message: `因子 ${l.factorCode} 的限值重复`, path: [i, 'factorCode'] });
        seen.add(l.factorCode);
      });
    }),
});
export type StationInputBody = z.input<typeof StationInput>;

// ---- Responses ----

const id = z.number().int();
const isoTime = (what: string) => z.string().describe(`${what}（ISO 时间）`);
/** Decimal values travel as text (PostgreSQL numeric, or as the logger sent them): never rounded by a float. */
const decimalText = z.string().describe('十进制数字文字');

export const StationLimitSchema = z.object({
  factorCode: z.string().describe('HJ 212 因子编码，如 a34004、w01018'),
  upper: decimalText.nullable(),
  lower: decimalText.nullable(),
});
export type StationLimit = z.infer<typeof StationLimitSchema>;

/** A station (data logger) with its online state and limits; never its password. */
export const StationViewSchema = z.object({
  id,
  mn: z.string(),
  name: z.string(),
  systemCode: z.string().describe('系统编码 ST：22 空气质量监测、32 地表水体环境污染源…'),
  enterpriseId: id.nullable(),
  location: z.string().nullable(),
  longitude: decimalText.nullable(),
  latitude: decimalText.nullable(),
  uploadIntervalSeconds: z.number().int(),
  active: z.boolean(),
  lastSeenAt: isoTime('最近一次收到数据').nullable(),
  online: z.boolean().describe('三个上传周期内收到过数据'),
  dataLabel: z.string().nullable().describe('数据标注：模拟数据（演示用，不是实测值）；实测数据为 null'),
  limits: z.array(StationLimitSchema),
});
export type StationView = z.infer<typeof StationViewSchema>;

/** One factor of a stored reading: values as sent, the logger's flag, and what the platform judged. */
export const FactorReadingSchema = z.object({
  rtd: decimalText.optional(),
  avg: decimalText.optional(),
  min: decimalText.optional(),
  max: decimalText.optional(),
  cou: decimalText.optional(),
  flag: z.string().optional().describe('HJ 212 数据标记（N、F、M、S、D、C、T、B），按上报'),
  valid: z.boolean().describe('计为有效数据'),
  marks: z.array(z.string()).describe('质量标记：zero、negative、constant、out_of_range…'),
});
export type FactorReading = z.infer<typeof FactorReadingSchema>;
typesAgree<StoredFactorReading, FactorReading>();

const FactorsSchema = z.record(z.string(), FactorReadingSchema).describe('按因子编码');

export const LatestReadingSchema = z.object({
  cn: DataCnSchema,
  dataTime: isoTime('数据时间'),
  receivedAt: isoTime('接收时间'),
  factors: FactorsSchema,
});
export type LatestReading = z.infer<typeof LatestReadingSchema>;

export const SeriesPointSchema = z.object({ dataTime: isoTime('数据时间'), factors: FactorsSchema });
export type SeriesPoint = z.infer<typeof SeriesPointSchema>;

/** An exceedance: a factor of a station beyond its limit, from the first to the last exceeding value. */
export const AlarmViewSchema = z.object({
  id,
  stationId: id,
  factorCode: z.string(),
  cn: DataCnSchema,
  limitValue: decimalText,
  startedAt: isoTime('开始'),
  endedAt: isoTime('首个恢复达标的数据时间').nullable().describe('持续中为 null'),
  peakValue: decimalText,
  peakAt: isoTime('峰值时间'),
});
export type AlarmView = z.infer<typeof AlarmViewSchema>;

/** 口令错误: wrong passwords for a station from one address, as one episode. */
export const StationAuthFailureViewSchema = z.object({
  id,
  stationId: id,
  address: z.string(),
  failures: z.number().int(),
  firstAt: isoTime('首次'),
  lastAt: isoTime('最近一次'),
  suspectedGuessing: z.boolean(),
  text: z.string().describe('如：疑似口令猜测：来自 1.2.3.4 的 37 次口令错误'),
});
export type StationAuthFailureView = z.infer<typeof StationAuthFailureViewSchema>;

const ReceiverCountersSchema = z.object({
  connections: z.number().int(),
  connectionsTotal: z.number().int(),
  connectionsRefused: z.number().int(),
  framesReceived: z.number().int(),
  framesPerSecond: z.number(),
  framesStored: z.number().int(),
  acksSent: z.number().int(),
  bytesReceived: z.number().int(),
  errors: z.record(z.string(), z.number().int()).describe('按问题：编解码违规代码，或 unknown_mn、bad_password、store_failed…'),
});
typesAgree<DomainReceiverCounters, z.infer<typeof ReceiverCountersSchema>>();

/** One HJ 212 receiver as it last reported to the store; running: not stopped and heard from in the last 10 s. */
export const ReceiverStatsSchema = ReceiverCountersSchema.extend({
  id,
  host: z.string().optional().describe('仅管理员可见'),
  port: z.number().int(),
  pid: z.number().int().optional().describe('仅管理员可见'),
  mode: z.enum(['lenient', 'strict']),
  startedAt: isoTime('启动'),
  heartbeatAt: isoTime('最近一次上报'),
  stoppedAt: isoTime('停止').nullable(),
  running: z.boolean(),
});
export type ReceiverStats = z.infer<typeof ReceiverStatsSchema>;

export const ReceiversSchema = z.object({ receivers: z.array(ReceiverStatsSchema) });
export type Receivers = z.infer<typeof ReceiversSchema>;
