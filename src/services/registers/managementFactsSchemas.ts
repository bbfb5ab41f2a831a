import { z } from 'zod';
import { safeText } from '../fields.js';

/**
 * 环境管理情况: the facts of a park's year that the annual report's 二（三）水环境管理, 二（四）大气环境管理 and
 * 二（五）土壤环境管理 print (seed 000: 园区配套集中污水处理设施1个 … 辖区内无污染地块). Every field may be left
 * empty (null = not entered); numbers are decimal text, so what was entered is kept exactly. Stored as the jsonb
 * `facts` of table management_facts.
 */

const NUMBER_LENGTH = 20;

/** Decimal text: non-negative, at most `NUMBER_LENGTH` characters; errors name the field and the value. */
const decimalText = (label: string, max?: string) =>
  z
    .string({ error: (i) => `${label}应为数字文字，如 "100"（收到 ${JSON.stringify(i.input)}）` })
    .trim()
    .max(NUMBER_LENGTH, `${label}不能超过${NUMBER_LENGTH}位`)
    .superRefine((s, ctx) => {
      if (!/^\d+(\.\d+)?$/.test(s)) {
        ctx.addIssue({ code: 'custom', message: `${label}“${s}”应为非负数字，如 4000 或 99.5` });
        return;
      }
      if (max !== undefined && Number(s) > Number(max)) ctx.addIssue({ code: 'custom', message: `${label}“${s}”不能大于${max}` });
    })
    .transform((s) => s.replace(/^0+(?=\d)/, ''))
    .nullable()
    .default(null);

/** A percentage 0–100 as decimal text ('100', '99.5'). */
const percent = (label: string) => decimalText(`${label}（%）`, '100');

/** A count of enterprises, plots, water bodies: a non-negative integer. */
const count = (label: string) =>
  z
    .number({ error: (i) => `${label}应为整数（收到 ${JSON.stringify(i.input)}）` })
    .int(`${label}应为整数`)
    .min(0, `${label}不能为负数`)
    .max(1_000_000, `${label}不能超过1000000`)
    .nullable()
    .default(null);

const text = (label: string, max: number) =>
  safeText(label, max)
    .trim()
    .transform((s) => s || null)
    .nullable()
    .default(null);

/** 依托 a town plant (归阳镇污水处理厂) or the park's own. */
export const PLANT_KINDS = ['own', 'town'] as const;
export const PLANT_KIND_LABELS: Record<(typeof PLANT_KINDS)[number], string> = { own: '园区自建', town: '依托城镇污水处理厂' };

/** GB 3838-2002 water classes of a control section. */
export const WATER_CLASSES = ['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ', 'Ⅴ'] as const;

/** A wastewater plant the park relies on (集中污水处理设施). */
export const WastewaterPlant = z.object({
  name: safeText('污水处理厂名称', 100).trim().min(1, '污水处理厂名称不能为空'),
  kind: z
    .enum(PLANT_KINDS, { error: (i) => `污水处理厂类型“${String(i.input)}”应为 own（园区自建）或 town（依托城镇污水处理厂）` })
    .nullable()
    .default(null),
  /** 设计处理规模一期10000m³/d: the phase the design capacity is of, as the park words it. */
  designPhase: text('设计规模的期次', 20).describe('设计处理规模所指的期次，如 一期；不分期时不填'),
  designCapacityM3PerDay: decimalText('设计处理规模（m³/d）'),
  actualCapacityM3PerDay: decimalText('实际处理规模（m³/d）'),
  process: text('污水处理工艺', 100),
  onlineCompliancePercent: percent('在线监测达标率'),
  /** 入河排污口论证报告已编制完成，取得市环保局批复 — printed after 污水处理厂. */
  outfallApproval: text('入河排污口论证及批复情况', 300),
});
export type WastewaterPlantValues = z.output<typeof WastewaterPlant>;

/** 排污口下游最近的地表水水质管控断面. */
export const ControlSection = z.object({
  name: text('管控断面名称', 100),
  waterClass: z
    .enum(WATER_CLASSES, { error: (i) => `水功能区划“${String(i.input)}”应为 GB 3838-2002 的 Ⅰ、Ⅱ、Ⅲ、Ⅳ、Ⅴ 类之一` })
    .nullable()
    .default(null),
  compliancePercent: percent('断面监测达标率'),
  /** Factors that exceeded the class; [] = 无超标因子, null = not entered. */
  exceedingFactors: z
    .array(safeText('超标因子', 30).trim().min(1, '超标因子不能为空'), { error: '超标因子应为因子名称列表' })
    .max(50, '超标因子最多50项')
    .nullable()
    .default(null),
});

/** 黑臭水体: how many, remediated, not started, in progress. */
export const BlackOdorousWaters = z.object({
  total: count('涉黑臭水体数量'),
  remediated: count('已完成整治的黑臭水体数量'),
  notStarted: count('未开工的黑臭水体数量'),
  inProgress: count('修复中的黑臭水体数量'),
});

export const WaterFacts = z.object({
  plants: z.array(WastewaterPlant, { error: '污水处理厂应为列表' }).max(20, '污水处理厂最多20个').default([]),
  centralisedPlantCount: count('园区配套集中污水处理设施数量'),
  sewerCoveragePercent: percent('污水管网覆盖率'),
  rainPipeCoveragePercent: percent('雨水管网覆盖率'),
  collectionRatePercent: percent('污水收集率'),
  /** 涉及工业废水外排企业数量, as entered (the emission ledger's count is shown beside it). */
  wastewaterEnterprises: count('涉及工业废水外排企业数量'),
  industrialWastewaterM3PerDay: decimalText('工业废水总排放量（m³/d）'),
  /** 外排污水纳管企业数量. */
  sewerConnectedEnterprises: count('外排污水纳管企业数量'),
  /** 污水集中处理比例（按外排水量计）. */
  centralisedTreatmentPercent: percent('污水集中处理比例'),
  classOnePollutantEnterprises: count('涉及一类污染物排放企业数量'),
  onlineMonitoringEnterprises: count('在线监测企业数量'),
  controlSection: ControlSection.default({ name: null, waterClass: null, compliancePercent: null, exceedingFactors: null }),
  /** “双源”地下水监测, as the park words it. */
  dualSourceGroundwater: text('“双源”地下水监测情况', 500),
  blackOdorous: BlackOdorousWaters.default({ total: null, remediated: null, notStarted: null, inProgress: null }),
  /** 依托城镇污水处理厂企业污水排放评估 and its outcome, as the park words it. */
  plantAssessment: text('依托污水处理厂评估情况', 500),
});

export const AirFacts = z.object({
  /** 涉及工业废气外排企业数量, as entered (the emission ledger's count is shown beside it). */
  wasteGasEnterprises: count('涉及工业废气外排企业数量'),
});

export const SoilFacts = z.object({
  contaminatedPlots: count('污染地块数量'),
  /** 土壤污染管控重点企业（土壤污染重点监管单位）. */
  soilKeyEnterprises: count('土壤污染管控重点企业数量'),
});

/** 保存某年的环境管理情况. */
export const ManagementFactsInput = z.object({
  water: WaterFacts.default(() => WaterFacts.parse({})),
  air: AirFacts.default({ wasteGasEnterprises: null }),
  soil: SoilFacts.default({ contaminatedPlots: null, soilKeyEnterprises: null }),
});
export type ManagementFactsBody = z.input<typeof ManagementFactsInput>;
export type ManagementFacts = z.output<typeof ManagementFactsInput>;

// ---- Responses ----

/** Output shape of the facts (what the service returns): every field present, null where not entered. */
export const ManagementFactsSchema = z.object({
  water: z.object({
    plants: z.array(
      z.object({
        name: z.string(),
        kind: z.enum(PLANT_KINDS).nullable(),
        designPhase: z.string().nullable(),
        designCapacityM3PerDay: z.string().nullable(),
        actualCapacityM3PerDay: z.string().nullable(),
        process: z.string().nullable(),
        onlineCompliancePercent: z.string().nullable(),
        outfallApproval: z.string().nullable(),
      }),
    ),
    centralisedPlantCount: z.number().int().nullable(),
    sewerCoveragePercent: z.string().nullable(),
    rainPipeCoveragePercent: z.string().nullable(),
    collectionRatePercent: z.string().nullable(),
    wastewaterEnterprises: z.number().int().nullable(),
    industrialWastewaterM3PerDay: z.string().nullable(),
    sewerConnectedEnterprises: z.number().int().nullable(),
    centralisedTreatmentPercent: z.string().nullable(),
    classOnePollutantEnterprises: z.number().int().nullable(),
    onlineMonitoringEnterprises: z.number().int().nullable(),
    controlSection: z.object({
      name: z.string().nullable(),
      waterClass: z.enum(WATER_CLASSES).nullable(),
      compliancePercent: z.string().nullable(),
      exceedingFactors: z.array(z.string()).nullable(),
    }),
    dualSourceGroundwater: z.string().nullable(),
    blackOdorous: z.object({
      total: z.number().int().nullable(),
      remediated: z.number().int().nullable(),
      notStarted: z.number().int().nullable(),
      inProgress: z.number().int().nullable(),
    }),
    plantAssessment: z.string().nullable(),
  }),
  air: z.object({ wasteGasEnterprises: z.number().int().nullable() }),
  soil: z.object({ contaminatedPlots: z.number().int().nullable(), soilKeyEnterprises: z.number().int().nullable() }),
}) satisfies z.ZodType<ManagementFacts>;

/** A count the emission ledger gives: the distinct enterprises with rows for the pollutants of the year. */
export const LedgerCountSchema = z.object({
  count: z.number().int(),
  /** Pollutant keys counted (COD, NH3-N). */
  pollutants: z.array(z.string()),
  enterprises: z.array(z.object({ id: z.number().int(), name: z.string() })),
});
export type LedgerCount = z.infer<typeof LedgerCountSchema>;

export const ManagementFactsYearSchema = z.object({
  park: z.string(),
  year: z.number().int(),
  /** null: nothing entered for the year. */
  facts: ManagementFactsSchema.nullable(),
  /** Set while the facts are last year's, carried over and not yet saved for this year. */
  carriedFromYear: z.number().int().nullable(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
  /** The latest earlier year with facts (what 沿用上年 copies), or null. */
  previousYear: z.number().int().nullable(),
  /**
   * Counts the emission ledger gives (null where the ledger has no enterprise rows for those pollutants in the year;
   * the entered figure is then used).
   */
  ledger: z.object({ wastewaterEnterprises: LedgerCountSchema.nullable(), wasteGasEnterprises: LedgerCountSchema.nullable() }),
});
export type ManagementFactsYear = z.infer<typeof ManagementFactsYearSchema>;

/** The emission ledger's pollutants behind each count (seed 000: 工业废水 COD, 氨氮; 工业废气 SO2, NOx, VOCs). */
export const LEDGER_POLLUTANTS = {
  wastewaterEnterprises: ['COD', 'NH3-N'],
  wasteGasEnterprises: ['SO2', 'NOx', 'VOCs'],
} as const;
