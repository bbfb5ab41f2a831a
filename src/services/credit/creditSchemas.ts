import { z } from 'zod';
import type { CreditFacts, CreditScheme, EvaluationResult, ItemProposal } from '../../domain/credit/types.js';
import { calendarDate, MAX_YEAR, MIN_YEAR, safeText } from '../fields.js';

/**
 * Inputs and responses of the credit self-evaluation (issue 12): schemes, a park's evaluation of a year with its
 * proposals, and the park's honours (园区荣誉) the award items are proposed from.
 */

export const HONOUR_LEVELS = ['national', 'ministerial', 'provincial', 'municipal', 'other'] as const;
export type HonourLevel = (typeof HONOUR_LEVELS)[number];
export const HONOUR_LEVEL_LABELS: Record<HonourLevel, string> = {
  national: '国家级',
  ministerial: '部级',
  provincial: '省级',
  municipal: '市级',
  other: '其他',
};

const year = z
  .number({ error: '年份应为数字' })
  .int('年份应为整数')
  .min(MIN_YEAR, `年份应在${MIN_YEAR}年之后`)
  .max(MAX_YEAR, `年份应在${MAX_YEAR}年之前`);

const optionalText = (label: string, max: number) =>
  safeText(label, max)
    .trim()
    .transform((s) => s || null)
    .nullable()
    .default(null);

// ---- Honours ----

/** 园区荣誉: an award or recognition of the park (全省绿色制造体系示范单位). */
export const HonourInput = z.object({
  year: year.describe('获得荣誉的年度'),
  title: safeText('荣誉名称', 200).trim().min(1, '请填写荣誉名称').describe('荣誉名称，如 2024年度全省绿色制造体系示范单位'),
  level: z
    .enum(HONOUR_LEVELS, { error: (i) => `荣誉级别“${String(i.input)}”应为 ${HONOUR_LEVELS.map((l) => `${l}（${HONOUR_LEVEL_LABELS[l]}）`).join('、')} 之一` })
    .describe('级别：national 国家级、ministerial 部级、provincial 省级、municipal 市级、other 其他'),
  issuer: optionalText('授予单位', 100).describe('授予单位，如 湖南省工业和信息化厅'),
  awardedOn: calendarDate('授予日期').nullable().default(null).describe('授予日期 YYYY-MM-DD'),
  document: optionalText('文件或文号', 200).describe('公布文件或文号'),
});
export type HonourInputBody = z.input<typeof HonourInput>;
export type HonourInputValues = z.output<typeof HonourInput>;

export const HonourSchema = z.object({
  id: z.number().int(),
  year: z.number().int(),
  title: z.string(),
  level: z.enum(HONOUR_LEVELS),
  levelLabel: z.string(),
  issuer: z.string().nullable(),
  awardedOn: z.string().nullable(),
  document: z.string().nullable(),
  updatedBy: z.string(),
  updatedAt: z.string(),
});
export type Honour = z.infer<typeof HonourSchema>;

export const HonourYearSchema = z.object({ park: z.string(), year: z.number().int(), honours: z.array(HonourSchema) });
export type HonourYear = z.infer<typeof HonourYearSchema>;

// ---- Schemes ----

const EffectSchema = z.union([
  z.object({ kind: z.literal('points'), points: z.number() }),
  z.object({ kind: z.literal('setsGrade'), grade: z.string() }),
]);

const TOPICS = ['honours', 'monitoringNetwork', 'eiaPermit', 'quota', 'selfMonitoring'] as const;

export const CreditSchemeSchema = z.object({
  id: z.string(),
  version: z.string(),
  name: z.string(),
  document: z.string().nullable(),
  regionCode: z.string(),
  years: z.object({ from: z.number().int(), to: z.number().int().nullable() }),
  initialScore: z.number(),
  maximum: z.number().nullable(),
  grades: z.array(z.object({ name: z.string(), minTotal: z.number().nullable() })),
  items: z.array(
    z.object({
      number: z.string(),
      level1: z.string(),
      level2: z.string(),
      criterion: z.string(),
      effect: EffectSchema,
      topic: z.enum(TOPICS).optional(),
    }),
  ),
  notes: z.array(z.string()),
  unconfirmed: z.array(z.string()),
}) satisfies z.ZodType<CreditScheme>;

export const SchemeEntrySchema = z.object({
  scheme: CreditSchemeSchema,
  /** Built into the platform (code), or loaded from a file. */
  builtIn: z.boolean(),
  /** The file it was loaded from; null for a built-in one. */
  source: z.string().nullable(),
  loadedBy: z.string().nullable(),
  loadedAt: z.string().nullable(),
  /** The latest version of its id: what new evaluations use. */
  latest: z.boolean(),
});
export type SchemeEntry = z.infer<typeof SchemeEntrySchema>;

export const SchemeListSchema = z.object({ schemes: z.array(SchemeEntrySchema) });
export type SchemeList = z.infer<typeof SchemeListSchema>;

export const SCHEME_FORMATS = ['json', 'yaml', 'xlsx'] as const;
export type SchemeFormat = (typeof SCHEME_FORMATS)[number];

/** What a workbook does not carry: the scheme's metadata (the credit table has only its rows). */
export const SchemeMetaInput = z.object({
  id: safeText('方案编号', 60).trim().regex(/^[a-z0-9][a-z0-9-]*$/, '方案编号只能含小写字母、数字和“-”，如 hunan-2025'),
  version: safeText('版本', 20).trim().min(1, '请填写版本'),
  name: safeText('方案名称', 200).trim().min(1, '请填写方案名称'),
  document: optionalText('发文文号', 100),
  regionCode: safeText('适用地区代码', 6).regex(/^\d{6}$/, '适用地区代码应为6位行政区划代码，如 430000'),
  yearFrom: year,
  yearTo: year.nullable().default(null),
  initialScore: z.number({ error: '初始分应为数字' }),
  maximum: z.number({ error: '最高分应为数字' }).nullable().default(null),
  grades: z
    .array(z.object({ name: safeText('等级名称', 40).trim().min(1, '请填写等级名称'), minTotal: z.number({ error: '等级分数线应为数字' }).nullable() }), {
      error: '等级应为列表',
    })
    .min(1, '至少一个等级'),
  notes: z.array(safeText('说明', 1000)).default([]),
  unconfirmed: z.array(safeText('未确认事项', 1000)).default([]),
});
export type SchemeMetaBody = z.input<typeof SchemeMetaInput>;

// ---- Evaluations ----

export const EvidenceInput = z.object({
  label: safeText('证明材料名称', 300).trim().min(1, '请填写证明材料名称'),
  entity: safeText('记录类型', 40).nullable().default(null),
  id: z.union([z.number().int(), safeText('记录编号', 60)]).nullable().default(null),
});

export const ItemScoreInput = z.object({
  score: z.number({ error: '得分应为数字' }).int('得分应为整数').describe('0，或该项的分值（扣分为负）；“直接评为”项：1 表示适用'),
  comment: optionalText('说明', 2000),
  evidence: z.array(EvidenceInput, { error: '证明材料应为列表' }).max(50, '证明材料最多50项').default([]),
});
export type ItemScoreBody = z.input<typeof ItemScoreInput>;

export const CreateEvaluationInput = z.object({
  schemeId: safeText('方案编号', 60).trim().min(1, '请选择评价方案').optional().describe('评价方案编号；不填时按园区所在地区和年度选用'),
  version: safeText('版本', 20).trim().min(1, '版本不能为空').optional().describe('方案版本；不填时用最新版本'),
});
export type CreateEvaluationBody = z.input<typeof CreateEvaluationInput>;

const EvidenceSchema = z.object({ label: z.string(), entity: z.string().nullable(), id: z.union([z.number(), z.string()]).nullable() });

const ProposalSchema = z.object({
  number: z.string(),
  status: z.enum(['proposed', 'unseen']),
  score: z.number().nullable(),
  reason: z.string(),
  records: z.array(EvidenceSchema),
}) satisfies z.ZodType<ItemProposal>;

const ResultSchema = z.object({
  schemeId: z.string(),
  schemeVersion: z.string(),
  rawTotal: z.number(),
  total: z.number(),
  grade: z.string(),
  gradeSetBy: z.string().nullable(),
}) satisfies z.ZodType<EvaluationResult>;

const named = z.object({ id: z.number().int(), name: z.string() });
export const CreditFactsSchema = z.object({
  year: z.number().int(),
  honours: z
    .array(z.object({ id: z.number().int(), title: z.string(), level: z.enum(HONOUR_LEVELS), awardedOn: z.string().nullable() }))
    .optional(),
  connectedStations: z.array(z.object({ id: z.number().int(), name: z.string(), kind: z.string() })).optional(),
  enterprisesWithoutEia: z.array(named).optional(),
  enterprisesWithoutPermit: z.array(named).optional(),
  pollutantsOverQuota: z.array(z.object({ key: z.string(), name: z.string(), emitted: z.string(), quota: z.string() })).optional(),
  selfMonitoring: z
    .object({ planned: z.number().int(), implemented: z.number().int(), notImplemented: z.array(z.object({ id: z.number().int(), label: z.string() })) })
    .optional(),
}) satisfies z.ZodType<CreditFacts>;

export const EvaluationItemSchema = z.object({
  number: z.string(),
  /** The entered score (0 when the item was not scored), its comment and evidence. */
  score: z.number(),
  entered: z.boolean(),
  comment: z.string().nullable(),
  evidence: z.array(EvidenceSchema),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
  proposal: ProposalSchema,
  /** The platform proposes a score and the entered one is not it. */
  differs: z.boolean(),
});
export type EvaluationItem = z.infer<typeof EvaluationItemSchema>;

export const CreditEvaluationSchema = z.object({
  park: z.string(),
  year: z.number().int(),
  /** The stored evaluation, or null when the year has none yet (then only the proposals are shown). */
  evaluation: z
    .object({
      id: z.number().int(),
      status: z.enum(['draft', 'submitted']),
      submittedBy: z.string().nullable(),
      submittedAt: z.string().nullable(),
      updatedBy: z.string(),
      updatedAt: z.string(),
    })
    .nullable(),
  /** The evaluation's scheme, or the one that applies to the park and year when there is none; null when none does. */
  scheme: CreditSchemeSchema.nullable(),
  /** The total and grade of the entered scores; null without an evaluation. */
  result: ResultSchema.nullable(),
  /** The total and grade the proposals would give (unseen items counted 0); null without a scheme. */
  proposedResult: ResultSchema.nullable(),
  items: z.array(EvaluationItemSchema),
  facts: CreditFactsSchema,
  /** The latest earlier year's evaluation, for comparison. */
  lastYear: z
    .object({
      year: z.number().int(),
      schemeId: z.string(),
      schemeVersion: z.string(),
      status: z.enum(['draft', 'submitted']),
      total: z.number(),
      grade: z.string(),
      scores: z.array(z.object({ number: z.string(), score: z.number() })),
    })
    .nullable(),
});
export type CreditEvaluationView = z.infer<typeof CreditEvaluationSchema>;

export const CreditHistorySchema = z.object({
  park: z.string(),
  year: z.number().int(),
  entries: z.array(z.object({ at: z.string(), actor: z.string(), action: z.string(), before: z.unknown(), after: z.unknown() })),
});
export type CreditHistory = z.infer<typeof CreditHistorySchema>;
