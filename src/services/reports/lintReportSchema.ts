import { z } from 'zod';
import { RecordRefSchema } from './reportModelSchema.js';

/** A finding of the report lint as the API sends it (src/domain/report/lint/types.ts). */
export const LintFindingSchema = z.object({
  rule: z.string().describe('规则编号，如 sum.parts'),
  severity: z.enum(['error', 'warning']).describe('error：错误；warning：需核实'),
  message: z.string().describe('哪一处与哪一处不一致'),
  where: z.object({
    sectionKey: z.string(),
    section: z.string().describe('章节标题，含编号'),
    blockKey: z.string().optional().describe('段落或表格编号'),
    table: z.string().optional().describe('表格标题'),
    row: z.number().optional().describe('表格第几行（不含表头）'),
  }),
  links: z.array(RecordRefSchema).describe('需要修改的记录；reportText 为编写的段落文字'),
});

/** The lint of one report: its findings and their counts, and the rules that ran. */
export const LintReportSchema = z.object({
  parkCode: z.string(),
  year: z.number(),
  errors: z.number(),
  warnings: z.number(),
  findings: z.array(LintFindingSchema),
  rules: z.array(z.object({ id: z.string(), description: z.string() })),
});
export type LintReport = z.infer<typeof LintReportSchema>;
export type LintFindingView = z.infer<typeof LintFindingSchema>;

