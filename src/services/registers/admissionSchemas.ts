import { z } from 'zod';
import {
  INDUSTRIAL_LAND_CLASSES,
  RULE_TRIGGER_KINDS,
} from '../../domain/registers/admission/admissionLabels.js';
import type { AdmissionRule, RuleTrigger } from '../../domain/registers/admission/admissionRules.js';
import type { ProposedProject, RuleHit } from '../../domain/registers/admission/screenProject.js';
import type { ScreeningSummary } from '../../domain/registers/admission/screeningSummary.js';
import { canonicalIndustryCode } from '../../domain/industry/lookupIndustry.js';
import { MAX_YEAR, MIN_YEAR, safeText } from '../fields.js';
import { typesAgree } from '../typesAgree.js';

/**
 * The zod shapes of admission screening (issue 11 item 5): a park's rules exactly as
 * src/domain/registers/admission/admissionRules.ts types them, a proposed project, and the answers. Industry codes are
 * checked against GB/T 4754-2017 (src/domain/industry: the 门类 letter and the 大类 must exist; 中类 and 小类 are
 * not all vendored, so a code below a known 大类 is accepted) and stored in canonical form ("3982" → "C3982").
 */

/** Non-empty text, trimmed. */
const requiredText = (label: string, max: number) =>
  z
    .string({ error: (i) => (i.input === undefined ? `缺少${label}` : `${label}应为文字`) })
    .pipe(safeText(label, max).trim().min(1, `${label}不能为空`));

const industryCode = (label: string) =>
  safeText(label, 10)
    .trim()
    .refine((c) => canonicalIndustryCode(c) !== null, `${label}应为 GB/T 4754-2017 行业代码（如 C3982、C39、C）`)
    .transform((c) => canonicalIndustryCode(c)!);

const landClass = z.enum(INDUSTRIAL_LAND_CLASSES, { error: (i) => `工业用地类别"${String(i.input)}"无效，应为 M1、M2 或 M3` });

const KIND_TEXT = RULE_TRIGGER_KINDS.join('、');

/** 触发条件: what a project must have for the rule to apply. */
export const RuleTriggerSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('industry'),
      codes: z
        .array(industryCode('行业代码'), { error: '行业代码应为列表，如 ["C397", "C398"]' })
        .min(1, '行业规则至少应有一个行业代码')
        .max(100, '行业代码不能超过100个')
        .readonly()
        .describe('GB/T 4754 代码；一个代码包含其下各级（C398 含 C3982）'),
    }),
    z.strictObject({ kind: z.literal('heavyMetals') }),
    z.strictObject({ kind: z.literal('vocs') }),
    z.strictObject({ kind: z.literal('airPolluting') }),
    z.strictObject({
      kind: z.literal('landClass'),
      landClasses: z.array(landClass, { error: '工业用地类别应为列表，如 ["M3"]' }).min(1, '用地规则至少应有一个用地类别').readonly(),
    }),
  ],
  { error: (i) => (i.code === 'invalid_union' ? `触发条件类型应为 ${KIND_TEXT} 之一` : '触发条件应为对象，如 {"kind": "heavyMetals"}') },
);
typesAgree<z.output<typeof RuleTriggerSchema>, RuleTrigger>();

/** One admission rule (准入条件), with the wording and source of its document. */
export const AdmissionRuleSchema = z.strictObject({
  id: requiredText('规则编号', 60).describe('园区内唯一，如 heavy-metals'),
  effect: z.enum(['prohibited', 'restricted'], { error: (i) => `规则效力"${String(i.input)}"无效，应为 prohibited（禁止）或 restricted（限制）` }),
  trigger: RuleTriggerSchema,
  subArea: requiredText('适用片区', 100).nullable().describe('仅适用于该片区（须为园区片区之一）；null 为全园区'),
  wording: requiredText('条文原文', 2000).describe('文件原文，逐字'),
  source: requiredText('来源', 500).describe('文件及出处，如 湘环评函[2014]89号 审查意见'),
});
typesAgree<z.output<typeof AdmissionRuleSchema>, AdmissionRule>();

/** A park's admission rules as a whole: its sub-areas and rules (PUT, or the JSON rules file). */
export const AdmissionRulesInput = z
  .strictObject({
    /** Ignored: the park is the one named in the request (kept so that a file of ParkAdmissionRules loads). */
    park: safeText('园区名称', 200).optional().describe('可省略；以请求的园区为准'),
    // Ignored as well: what GET …/admission/rules and `parkeco admission rules --json` add, so that their output loads.
    parkCode: z.string().optional().describe('忽略（读取接口输出的字段）'),
    updatedBy: z.string().nullable().optional().describe('忽略（读取接口输出的字段）'),
    updatedAt: z.string().nullable().optional().describe('忽略（读取接口输出的字段）'),
    subAreas: z
      .array(requiredText('片区名称', 100), { error: '片区应为名称列表' })
      .max(50, '片区不能超过50个')
      .readonly()
      .default([])
      .describe('园中园、片区名称，如 云鹤工业园'),
    rules: z.array(AdmissionRuleSchema, { error: '规则应为列表' }).max(500, '规则不能超过500条').readonly(),
    source: safeText('准入条件来源', 500)
      .trim()
      .transform((t) => t || null)
      .nullable()
      .default(null)
      .describe('如 规划环评准入条件一览表、“三线一单”准入清单'),
  })
  .superRefine((v, ctx) => {
    const areas = new Set<string>();
    v.subAreas.forEach((a, i) => {
      if (areas.has(a)) ctx.addIssue({ code: 'custom', path: ['subAreas', i], message: `片区"${a}"重复` });
      areas.add(a);
    });
    const ids = new Map<string, number>();
    v.rules.forEach((r, i) => {
      const first = ids.get(r.id);
      if (first !== undefined) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `规则编号"${r.id}"与第${first + 1}条规则重复` });
      else ids.set(r.id, i);
      if (r.subArea !== null && !areas.has(r.subArea)) {
        ctx.addIssue({ code: 'custom', path: ['rules', i, 'subArea'], message: `片区"${r.subArea}"不在园区片区（${v.subAreas.join('、') || '未设置片区'}）中` });
      }
    });
  });
export type AdmissionRulesInputBody = z.input<typeof AdmissionRulesInput>;
export type AdmissionRulesInputValues = z.output<typeof AdmissionRulesInput>;

const yearField = z.number({ error: '年份应为数字' }).int('年份应为整数').min(MIN_YEAR, `年份应在${MIN_YEAR}年之后`).max(MAX_YEAR, `年份应在${MAX_YEAR}年之前`);

/** 拟引进项目: what the screening needs, and, to keep it, the project's name and applicant. */
export const ScreenProjectInput = z
  .strictObject({
    industryCode: industryCode('行业代码').describe('GB/T 4754 代码，尽量细到中类或小类，如 C3982'),
    heavyMetals: z.boolean({ error: 'heavyMetals 应为 true 或 false' }).default(false).describe('涉重金属'),
    vocs: z.boolean({ error: 'vocs 应为 true 或 false' }).default(false).describe('涉VOCs排放'),
    airPolluting: z.boolean({ error: 'airPolluting 应为 true 或 false' }).default(false).describe('气型污染'),
    landClass: landClass.nullable().default(null).describe('需新增的工业用地类别；不新增用地为 null'),
    subAreas: z.array(requiredText('片区', 100), { error: '片区应为名称列表' }).max(20, '片区不能超过20个').readonly().default([]).describe('项目选址所在的园区片区'),
    projectName: safeText('项目名称', 200).trim().transform((s) => s || null).nullable().default(null),
    applicant: safeText('建设单位', 200).trim().transform((s) => s || null).nullable().default(null),
    year: yearField.nullable().default(null).describe('保存时计入的年度；不填为当前年度（北京时间）'),
    save: z.boolean({ error: 'save 应为 true 或 false' }).default(false).describe('保存为审核记录（需填写项目名称）'),
  })
  .superRefine((v, ctx) => {
    if (v.save && !v.projectName) ctx.addIssue({ code: 'custom', path: ['projectName'], message: '保存审核记录须填写项目名称' });
  });
export type ScreenProjectInputBody = z.input<typeof ScreenProjectInput>;
export type ScreenProjectInputValues = z.output<typeof ScreenProjectInput>;

// ---- Responses ----

const outcome = z.enum(['pass', 'conditional', 'fail']).describe('pass 通过，conditional 附条件通过，fail 不通过');

export const RuleHitSchema = z.object({
  id: z.string(),
  effect: z.enum(['prohibited', 'restricted']),
  wording: z.string(),
  source: z.string(),
  match: z.enum(['certain', 'possible']).describe('possible：项目行业代码粗于规则代码（如 C39 对 C397），须细化后判断'),
});
typesAgree<z.infer<typeof RuleHitSchema>, RuleHit>();

export const ProposedProjectSchema = z.object({
  industryCode: z.string(),
  heavyMetals: z.boolean(),
  vocs: z.boolean(),
  airPolluting: z.boolean(),
  landClass: z.enum(INDUSTRIAL_LAND_CLASSES).nullable(),
  subAreas: z.array(z.string()).readonly(),
});
typesAgree<z.infer<typeof ProposedProjectSchema>, ProposedProject>();

/** A rule as the API answers it: the input schema's shape without its transforms (a response is encoded, not parsed). */
const TriggerViewSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('industry'), codes: z.array(z.string()).readonly() }),
  z.object({ kind: z.literal('heavyMetals') }),
  z.object({ kind: z.literal('vocs') }),
  z.object({ kind: z.literal('airPolluting') }),
  z.object({ kind: z.literal('landClass'), landClasses: z.array(z.enum(INDUSTRIAL_LAND_CLASSES)).readonly() }),
]);
export const AdmissionRuleViewSchema = z.object({
  id: z.string(),
  effect: z.enum(['prohibited', 'restricted']).describe('prohibited 禁止（不通过），restricted 限制（附条件通过）'),
  trigger: TriggerViewSchema,
  subArea: z.string().nullable(),
  wording: z.string(),
  source: z.string(),
});
typesAgree<z.infer<typeof AdmissionRuleViewSchema>, AdmissionRule>();

/** A park's rules as stored, with who changed them last. */
export const AdmissionRuleSetSchema = z.object({
  parkCode: z.string(),
  park: z.string().describe('园区名称'),
  subAreas: z.array(z.string()).readonly(),
  rules: z.array(AdmissionRuleViewSchema).readonly(),
  source: z.string().nullable(),
  updatedBy: z.string().nullable().describe('尚未设置准入条件时为 null'),
  updatedAt: z.string().nullable(),
});
export type AdmissionRuleSet = z.infer<typeof AdmissionRuleSetSchema>;

/** A kept screening (项目环保准入审核记录). */
export const AdmissionScreeningSchema = z.object({
  id: z.number().int(),
  year: z.number().int(),
  projectName: z.string(),
  applicant: z.string().nullable(),
  project: ProposedProjectSchema,
  outcome,
  decidedBy: z.array(RuleHitSchema).describe('审核时适用的规则及其原文（规则日后修改不影响）'),
  screenedBy: z.string(),
  screenedAt: z.string(),
});
export type AdmissionScreening = z.infer<typeof AdmissionScreeningSchema>;

export const ScreeningResultSchema = z.object({
  outcome,
  industryCode: z.string().describe('规范形式，如 C3982'),
  industryName: z.string().nullable().describe('行业名称（代码或其最近的上级在参考表中的名称）'),
  industryNameCode: z.string().nullable().describe('industryName 所属的代码：与 industryCode 相同，或参考表未列出时其最近的上级（如 C39）'),
  decidedBy: z.array(RuleHitSchema).describe('适用的每条规则（按园区规则顺序）'),
  saved: AdmissionScreeningSchema.nullable().describe('保存的审核记录；未保存为 null'),
});
export type ScreeningResult = z.infer<typeof ScreeningResultSchema>;

export const ScreeningSummarySchema = z.object({
  screened: z.number().int(),
  admitted: z.number().int().describe('通过与附条件通过'),
  conditional: z.number().int(),
  failed: z.number().int(),
  sentence: z.string().describe('如 新引进的22个项目均通过了环保审核'),
});
typesAgree<z.infer<typeof ScreeningSummarySchema>, ScreeningSummary>();

export const ScreeningYearSchema = z.object({
  year: z.number().int(),
  screenings: z.array(AdmissionScreeningSchema),
  summary: ScreeningSummarySchema,
});
export type ScreeningYear = z.infer<typeof ScreeningYearSchema>;
