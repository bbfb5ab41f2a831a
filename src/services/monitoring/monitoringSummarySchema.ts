import { z } from 'zod';

const printed = z.string().describe('按报告的修约和单位打印的数值');

/** `GET /parks/:code/monitoring-summary`: the year's monitoring in figures, as the annual report computes them. */
export const MonitoringSummarySchema = z.object({
  park: z.string(),
  year: z.number().int(),
  plan: z.array(
    z.object({
      medium: z.string().describe('监测对象'),
      points: z.string().describe('监测点位（计划原文）'),
      planned: z.number().int().describe('每个点位计划期数'),
      done: z.string().describe('各点位 完成/计划 期数'),
      status: z.string().describe('已落实、部分落实、未落实'),
      reason: z.string().nullable().describe('未落实原因'),
    }),
  ),
  media: z.array(
    z.object({
      medium: z.string(),
      points: z.number().int(),
      evaluatedSamples: printed,
      exceedingSamples: printed,
      rate: printed.nullable().describe('达标率；没有可评价样品时为 null'),
      maxMultiple: printed.describe('最大超标倍数（C − S）/S'),
      exceedingItems: z.array(z.object({ name: z.string(), points: z.array(z.string()), samples: printed, maxMultiple: printed.nullable() })),
      noLimitItems: z.array(z.string()).describe('标准无限值、未评价的项目'),
      notJudged: z.array(z.object({ point: z.string(), note: z.string().nullable() })),
      simulated: z.boolean().describe('模拟数据'),
    }),
  ),
  stations: z.array(
    z.object({
      name: z.string(),
      role: z.string().nullable(),
      source: z.string(),
      simulated: z.boolean(),
      monitoringDays: printed.nullable(),
      compliantDays: printed.nullable(),
      rate: printed.nullable(),
      goodDays: z.number().int().nullable(),
      goodDayShare: z.string().nullable().describe('优良天数比例（%）'),
      factors: z.array(z.object({ name: z.string(), exceedingDays: z.number().int(), maxMultiple: z.string().nullable() })),
      comparison: z.array(z.string()).describe('与上年比较的分句'),
    }),
  ),
  regional: z
    .object({
      name: z.string(),
      simulated: z.boolean(),
      figures: z.array(z.object({ label: z.string().describe('如 2024年累计空气质量优良天数'), text: printed, entered: z.boolean().describe('录入值（非计算）') })),
    })
    .nullable(),
});
