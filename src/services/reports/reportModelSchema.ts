import { z } from 'zod';

/**
 * The report model (src/domain/report/reportModel.ts) as the API sends it, for the preview and the lint page.
 * Images travel as data URLs. The schemas mirror the domain types: `reportPreview` assigns the domain model to
 * them, so a domain field the schema lacks fails to compile, and the route's serializer refuses one that does not fit.
 */

export const RecordRefSchema = z.object({
  entity: z.enum(['enterprise', 'park', 'parkApproval', 'parkYearlyFigure', 'reportText', 'monitoringPlanItem', 'monitoringPoint', 'labSample', 'station', 'monitoringFigure', 'requirementSource', 'requirement', 'requirementImplementation', 'managementFacts', 'pollutantQuota', 'emissionRecord', 'creditItemScore', 'parkHonour']),
  id: z.union([z.number(), z.string()]),
  label: z.string(),
  code: z.string().nullable().optional(),
  nameInSource: z.string().optional(),
});

const ProvenanceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('rule'), rule: z.string(), description: z.string(), records: z.array(RecordRefSchema) }),
  z.object({
    kind: z.literal('entered'),
    source: z.string(),
    records: z.array(RecordRefSchema),
    by: z.string().nullable(),
    at: z.string().nullable(),
  }),
]);

const FigureSchema = z.object({
  kind: z.literal('figure'),
  id: z.string(),
  label: z.string(),
  value: z.string().describe('精确值（十进制字符串）'),
  unit: z.string(),
  format: z.object({ decimals: z.number().optional(), thousands: z.boolean().optional(), percent: z.boolean().optional() }),
  showUnit: z.boolean(),
  aggregate: z.enum(['count', 'sum', 'value']),
  comparison: z
    .object({
      previous: z.string(),
      current: z.string(),
      better: z.enum(['lower', 'higher']).nullable(),
      previousYear: z.number().optional(),
    })
    .optional(),
  provenance: ProvenanceSchema,
  cues: z.object({ terms: z.array(z.string()), scope: z.array(z.string()).optional(), after: z.array(z.string()).optional() }).optional(),
  tally: z
    .object({
      table: z.string(),
      section: z.string().nullable().optional(),
      where: z
        .array(z.object({ column: z.string(), values: z.array(z.string()).optional(), except: z.array(z.string()).optional() }))
        .optional(),
    })
    .optional()
    .describe('此数字对应的表格行：表格、分组、列及取值'),
  ratio: z.object({ numerator: z.string(), denominator: z.string() }).optional().describe('比率的分子、分母（数字编号）'),
});

const DatumSchema = z.object({ kind: z.literal('datum'), id: z.string(), label: z.string(), text: z.string(), provenance: ProvenanceSchema });

const EnteredTextSchema = z.object({
  text: z.string(),
  by: z.string().nullable(),
  at: z.string().nullable(),
  carriedFromYear: z.number().optional(),
});

const TableCellSchema = z.object({
  text: z.string(),
  figure: FigureSchema.optional(),
  identifier: z.boolean().optional(),
  rowSpan: z.number().optional(),
  colSpan: z.number().optional(),
  align: z.enum(['left', 'center']).optional(),
  bold: z.boolean().optional(),
});

const BlockSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('paragraph'),
    key: z.string(),
    content: z.array(z.union([z.string(), FigureSchema, DatumSchema])),
    edited: EnteredTextSchema.optional(),
    figureIds: z.array(z.string()).optional(),
  }),
  z.object({
    kind: z.literal('table'),
    key: z.string(),
    caption: z.string(),
    header: z.array(z.string()),
    columnWidths: z.array(z.number()),
    rows: z.array(
      z.object({
        cells: z.array(TableCellSchema),
        record: RecordRefSchema.optional(),
        figureIds: z.array(z.string()).optional(),
        role: z.enum(['section', 'total']).optional(),
      }),
    ),
    compact: z.boolean().optional(),
  }),
  z.object({
    kind: z.literal('image'),
    key: z.string(),
    caption: z.string(),
    dataUrl: z.string().describe('data:image/png;base64,…'),
    widthMm: z.number(),
    heightMm: z.number(),
  }),
]);

export const ReportPreviewSchema = z.object({
  title: z.string(),
  coverLines: z.array(z.string()),
  parkCode: z.string(),
  year: z.number(),
  comparedYears: z.array(z.number()),
  sections: z.array(
    z.object({
      key: z.string(),
      level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
      number: z.string(),
      title: z.string(),
      blocks: z.array(BlockSchema),
    }),
  ),
  leftOut: z.array(z.string()).optional().describe('平台不生成、由园区在 Word 中补充的章节编号'),
  figures: z.record(z.string(), FigureSchema),
  relations: z.array(z.object({ kind: z.literal('sum'), id: z.string(), description: z.string(), whole: z.string(), parts: z.array(z.string()) })),
});
export type ReportPreview = z.infer<typeof ReportPreviewSchema>;
export type ReportPreviewBlock = z.infer<typeof BlockSchema>;
export type ReportFigure = z.infer<typeof FigureSchema>;
export type ReportDatum = z.infer<typeof DatumSchema>;
export type ReportRecordRef = z.infer<typeof RecordRefSchema>;

export const ReportTextBlockSchema = z.object({
  key: z.string().describe('段落编号，如 1.ledger'),
  section: z.string(),
  kind: z.enum(['generated', 'narrative']),
  generated: z.string().nullable().describe('平台生成的文字；叙述章节为 null'),
  text: z.string().nullable().describe('报告打印的用户文字；未编写为 null'),
  carriedFromYear: z.number().nullable(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type ReportTextBlockView = z.infer<typeof ReportTextBlockSchema>;

const ReportSectionSchema = z.object({
  key: z.string().describe('章节编号，如 2.3'),
  heading: z.string().describe('章节标题，含编号：一、园区概况'),
  title: z.string().describe('章节标题，不含编号'),
  level: z.union([z.literal(1), z.literal(2)]).describe('1 为章，2 为节'),
  produced: z.boolean().describe('平台是否根据数据生成此章节'),
  partial: z.string().nullable().describe('已生成章节中平台尚未生成、需在 Word 中补充的内容；完整时为 null'),
  narrative: z.boolean().describe('由园区每年编写的叙述章节（写入后列入报告）'),
});
/** The annual report's contents (GET /reports/annual/sections): every section, and those the platform does not write yet. */
export const ReportContentsSchema = z.object({ sections: z.array(ReportSectionSchema), missing: z.array(ReportSectionSchema) });
export type ReportContents = z.infer<typeof ReportContentsSchema>;
