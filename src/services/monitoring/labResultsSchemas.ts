import { z } from 'zod';

/** Response schemas of the lab-results routes (the service's LabImportResult and LabResultsYearView). */
export const LabImportResultSchema = z.object({
  file: z.string().describe('导入的文件名'),
  year: z.number().int(),
  results: z.number().int().describe('写入的结果条数（含替换）'),
  replaced: z.number().int().describe('替换了已有结果（同一点位、采样日期、项目）的条数'),
  points: z.array(
    z.object({
      pointId: z.number().int(),
      point: z.string(),
      results: z.number().int(),
      replaced: z.number().int(),
      samples: z.number().int(),
      firstDate: z.string(),
      lastDate: z.string(),
    }),
  ),
  decisions: z
    .array(z.object({ sheet: z.string().optional(), row: z.number().int(), column: z.string(), takenAs: z.string(), fromRow: z.number().int() }))
    .describe('取自上一行的点位或采样日期（合并单元格，待核对）'),
});

const ItemVerdictSchema = z.object({
  item: z.string(),
  name: z.string(),
  unit: z.string(),
  value: z.string(),
  limit: z.string().nullable(),
  class: z.string().nullable(),
  verdict: z.string().nullable(),
  exceeds: z.boolean(),
  multiple: z.string().nullable().describe('超标倍数 (C−S)/S，0.001'),
  excessDb: z.string().nullable(),
  detectionLimitAboveLimit: z.boolean(),
  note: z.string().nullable().describe('评价说明（GB 3095：按24小时平均浓度限值评价，待核对；检出限高于限值）'),
});

const MultipleSchema = z.object({ item: z.string(), name: z.string(), multiple: z.string() });

export const LabResultsYearSchema = z.object({
  park: z.string(),
  year: z.number().int(),
  points: z.array(
    z.object({
      pointId: z.number().int(),
      point: z.string(),
      kind: z.string(),
      kindLabel: z.string(),
      standardCode: z.string().nullable(),
      standardClass: z.string().nullable(),
      standardName: z.string().nullable(),
      evaluationNote: z.string().nullable().describe('未评价的原因'),
      samples: z.array(
        z.object({
          date: z.string(),
          results: z.array(
            z.object({
              item: z.string(),
              name: z.string(),
              valueKind: z.enum(['number', 'belowDetection', 'notMeasured']),
              value: z.string().describe("'0.62'、'0.01L'（低于检出限 0.01）、'ND'、'未测'"),
              unit: z.string(),
              source: z.string(),
              importedAt: z.string(),
              importedBy: z.string(),
            }),
          ),
          verdict: z
            .object({
              compliant: z.boolean().nullable(),
              summary: z.string(),
              waterClassLabel: z.string().nullable(),
              items: z.array(ItemVerdictSchema),
              exceedingItems: z.array(z.object({ item: z.string(), name: z.string(), multiple: z.string().nullable(), excessDb: z.string().nullable() })),
              maxMultiple: MultipleSchema.nullable(),
              noLimit: z.array(z.object({ item: z.string(), name: z.string(), reason: z.string() })),
            })
            .nullable(),
        }),
      ),
      summary: z
        .object({
          samples: z.number().int(),
          evaluatedSamples: z.number().int().describe('有限值项目的样品数'),
          exceedingSamples: z.number().int(),
          compliant: z.boolean().nullable(),
          worstClassLabel: z.string().nullable(),
          maxMultiple: MultipleSchema.extend({ date: z.string() }).nullable(),
          exceedingItems: z
            .array(
              z.object({
                item: z.string(),
                name: z.string(),
                samples: z.number().int().describe('超标样品数'),
                maxMultiple: z.string().nullable(),
                maxExcessDb: z.string().nullable(),
                date: z.string().describe('最大超标倍数（或超标量）的采样日期'),
              }),
            )
            .describe('超标项目'),
          noLimitItems: z.array(z.string()).describe('标准无限值的项目'),
        })
        .nullable(),
    }),
  ),
});
