import { z } from 'zod';
import {
  CONTROL_DIMENSIONS,
  LINKED_FIGURES,
  SOURCE_KINDS,
  UNIT_CLASSES,
  UNIT_CODE_PATTERN,
  UNIT_CODE_PREFIX,
} from '../../domain/registers/requirements/requirementTerms.js';
import { INT4_MAX, MAX_YEAR, MIN_YEAR, partialDate, safeText } from '../fields.js';

/** Zod schemas of the requirement registers (要求与落实台账): sources, requirements, yearly implementations. */

const year = (label = '年份') =>
  z
    .number({ error: `${label}应为数字` })
    .int(`${label}应为整数`)
    .min(MIN_YEAR, `${label}应在${MIN_YEAR}年之后`)
    .max(MAX_YEAR, `${label}应在${MAX_YEAR}年之前`);

/** Text that must not be blank. */
const required = (label: string, max: number) =>
  safeText(label, max)
    .trim()
    .refine((s) => s !== '', `请填写${label}`);
/** Text that may be left out: blank reads as null. */
const optional = (label: string, max: number) =>
  safeText(label, max)
    .trim()
    .transform((s) => s || null)
    .nullable()
    .default(null);

const sortOrder = z
  .number({ error: '排序应为数字' })
  .int('排序应为整数')
  .min(1, '排序应为正整数')
  .max(INT4_MAX, `排序不能超过 ${INT4_MAX}`)
  .nullable()
  .default(null)
  .describe('顺序；新增时不填排在最后，修改时不填保持原顺序');

/** 环境管控单元 particulars; the code's prefix must agree with the class (ZH 重点管控单元). */
export const ControlUnitInput = z
  .object({
    code: z
      .string({ error: '单元编码应为文字' })
      .trim()
      .refine((c) => UNIT_CODE_PATTERN.test(c), { error: (i) => `单元编码“${String(i.input)}”应为 YS、ZH 或 YB 后接11位数字，如 ZH43042620004` })
      .describe('环境管控单元编码'),
    name: required('单元名称', 200),
    division: z.object(
      { province: required('行政区划（省）', 50), city: required('行政区划（市）', 50), county: required('行政区划（县）', 50) },
      { error: '行政区划应含省、市、县名称' },
    ),
    class: z.enum(UNIT_CLASSES, { error: (i) => `单元分类“${String(i.input)}”应为 ${UNIT_CLASSES.join('、')} 之一` }),
    areaText: required('单元面积', 500).describe('单元面积（km²）及其依据，按清单原文'),
    towns: z.array(required('涉及乡镇（街道）', 50), { error: '涉及乡镇（街道）应为名称列表' }).max(50, '涉及乡镇（街道）不能超过50个').default([]),
    mainFunctions: optional('区域主体功能定位', 1000).transform((s) => s ?? ''),
    leadingIndustries: optional('主导产业', 4000).transform((s) => s ?? ''),
    sensitiveTargets: optional('重要敏感目标', 2000).transform((s) => s ?? ''),
    mainProblems: optional('主要环境问题', 2000).transform((s) => s ?? ''),
  })
  .superRefine((u, ctx) => {
    const prefix = UNIT_CODE_PREFIX[u.class];
    if (UNIT_CODE_PATTERN.test(u.code) && !u.code.startsWith(prefix)) {
      ctx.addIssue({ code: 'custom', path: ['code'], message: `单元编码“${u.code}”与单元分类“${u.class}”不符：${u.class}的编码以 ${prefix} 开头` });
    }
  });

/** 新增 / 修改要求来源. A control unit carries its particulars; other kinds do not. */
export const SourceInput = z
  .object({
    kind: z.enum(SOURCE_KINDS, { error: (i) => `来源类型“${String(i.input)}”应为 ${SOURCE_KINDS.join('、')} 之一` }),
    title: required('文件名称', 300).describe('如 祁东经济开发区环境影响报告书审查意见'),
    documentNumber: optional('文号', 100).describe('如 湘环评函[2014]89号'),
    issued: partialDate('印发日期').nullable().default(null).describe('YYYY、YYYY-MM 或 YYYY-MM-DD'),
    authority: optional('印发机关', 100).describe('如 湖南省环境保护厅'),
    unit: ControlUnitInput.nullable().default(null).describe('环境管控单元的基本信息（仅 controlUnit）'),
    sortOrder,
  })
  .superRefine((s, ctx) => {
    if (s.kind === 'controlUnit' && !s.unit) ctx.addIssue({ code: 'custom', path: ['unit'], message: '环境管控单元应填写单元编码、名称、行政区划等基本信息' });
    if (s.kind !== 'controlUnit' && s.unit) ctx.addIssue({ code: 'custom', path: ['unit'], message: '只有环境管控单元有单元信息' });
  });
export type SourceInputBody = z.input<typeof SourceInput>;
export type SourceInputValues = z.output<typeof SourceInput>;

/** 新增 / 修改一条要求. The dimension is checked against the source's kind by the service. */
export const RequirementInput = z.object({
  dimension: z
    .enum(CONTROL_DIMENSIONS, { error: (i) => `管控维度“${String(i.input)}”应为 ${CONTROL_DIMENSIONS.join('、')} 之一` })
    .nullable()
    .default(null)
    .describe('管控维度（环境管控单元的要求必填）'),
  number: optional('编号', 20).describe('清单中的编号，如 2.1'),
  text: required('要求内容', 5000),
  linkedFigure: z
    .enum(LINKED_FIGURES, { error: (i) => `关联数据“${String(i.input)}”应为 ${LINKED_FIGURES.join('、')} 之一或不填` })
    .nullable()
    .default(null)
    .describe('要求引用的平台数据：quota 总量控制指标，wastewaterPlantCapacity 污水处理厂处理规模'),
  sortOrder,
});
export type RequirementInputBody = z.input<typeof RequirementInput>;
export type RequirementInputValues = z.output<typeof RequirementInput>;

export const EvidenceInput = z.object({ title: required('佐证材料名称', 200), reference: optional('佐证材料文号或位置', 200).transform((s) => s ?? '') });

/**
 * 某年的落实情况. The verdict is one of 符合 / 基本符合 / 不符合 / 已落实 / 未落实, or the park's own short wording
 * kept verbatim (是); a sentence is refused, as the table's last column holds a word.
 */
export const ImplementationInput = z.object({
  text: required('落实情况', 5000),
  verdict: safeText('符合性', 200)
    .trim()
    .min(1, '请填写符合性（如 符合、基本符合、不符合、已落实、未落实、是）')
    .refine((s) => s.length <= 10 && !/[\s，。；,;：:]/.test(s), '符合性应为一个词（如 符合、已落实、是），不超过10个字、不含空格或标点；说明请写在落实情况中'),
  evidence: z.array(EvidenceInput, { error: '佐证材料应为列表' }).max(50, '佐证材料不能超过50份').default([]).describe('佐证材料（文件上传随附件功能提供，见 issue 13）'),
});
export type ImplementationInputBody = z.input<typeof ImplementationInput>;
export type ImplementationInputValues = z.output<typeof ImplementationInput>;

/** 从上一年开始本年. */
export const StartYearInput = z.object({ year: year().describe('要开始的年份；复制此前最近一年的落实情况') });
export type StartYearInputBody = z.input<typeof StartYearInput>;

// ---- Responses ----

export const EvidenceSchema = z.object({ title: z.string(), reference: z.string() });

export const ControlUnitSchema = z.object({
  code: z.string(),
  name: z.string(),
  division: z.object({ province: z.string(), city: z.string(), county: z.string() }),
  class: z.enum(UNIT_CLASSES),
  areaText: z.string(),
  towns: z.array(z.string()),
  mainFunctions: z.string(),
  leadingIndustries: z.string(),
  sensitiveTargets: z.string(),
  mainProblems: z.string(),
});

export const ImplementationViewSchema = z.object({
  id: z.number().int(),
  requirementId: z.number().int(),
  year: z.number().int(),
  text: z.string(),
  verdict: z.string(),
  evidence: z.array(EvidenceSchema),
  carriedFromYear: z.number().int().nullable().describe('沿用的年份（未修改前）'),
  updatedBy: z.string(),
  updatedAt: z.string(),
});
export type ImplementationView = z.infer<typeof ImplementationViewSchema>;

export const RequirementViewSchema = z.object({
  id: z.number().int(),
  sourceId: z.number().int(),
  sortOrder: z.number().int(),
  dimension: z.enum(CONTROL_DIMENSIONS).nullable(),
  number: z.string().nullable(),
  text: z.string(),
  linkedFigure: z.enum(LINKED_FIGURES).nullable(),
  /** The implementation of the year asked for; null when none is written. */
  implementation: ImplementationViewSchema.nullable(),
});
export type RequirementView = z.infer<typeof RequirementViewSchema>;

export const SourceViewSchema = z.object({
  id: z.number().int(),
  kind: z.enum(SOURCE_KINDS),
  kindLabel: z.string(),
  title: z.string(),
  documentNumber: z.string().nullable(),
  issued: z.string().nullable(),
  authority: z.string().nullable(),
  unit: ControlUnitSchema.nullable(),
  sortOrder: z.number().int(),
  requirements: z.array(RequirementViewSchema),
});
export type SourceView = z.infer<typeof SourceViewSchema>;

export const RequirementRegisterSchema = z.object({
  year: z.number().int(),
  sources: z.array(SourceViewSchema),
  /** Years with at least one implementation written, latest first. */
  implementationYears: z.array(z.number().int()),
  /** Requirements without an implementation this year, and those still carried over unedited. */
  missing: z.number().int(),
  carried: z.number().int(),
});
export type RequirementRegister = z.infer<typeof RequirementRegisterSchema>;

export const StartYearResultSchema = z.object({
  year: z.number().int(),
  fromYear: z.number().int().nullable().describe('复制来源年份（此前最近有落实情况的一年）；没有时为 null'),
  copied: z.number().int().describe('复制的落实情况条数'),
  kept: z.number().int().describe('本年已写、未被覆盖的条数'),
});
export type StartYearResult = z.infer<typeof StartYearResultSchema>;
