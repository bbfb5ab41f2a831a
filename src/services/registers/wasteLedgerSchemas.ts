import { z } from 'zod';
import { typesAgree } from '../typesAgree.js';
import type { WasteImportPreview, WasteLedgerYear } from './wasteLedger.js';

/** Response schemas of the waste-ledger routes (the service's WasteLedgerYear and WasteImportPreview). */
const tonnes = (what: string) => z.string().describe(`${what}（t/a，精确小数）`);
const QuantitiesSchema = z.object({
  generatedTonnes: tonnes('产生量'),
  selfUtilisedTonnes: tonnes('自行综合利用'),
  selfDisposedTonnes: tonnes('自行处置'),
  entrustedTonnes: tonnes('委托处理（外委处置、外售）'),
});
const KindTotalsSchema = QuantitiesSchema.extend({ generatingEnterprises: z.number().int().describe('产生量大于0的企业数') });
const TotalsSchema = z.object({
  general: KindTotalsSchema.describe('一般工业固体废物合计'),
  hazardous: KindTotalsSchema.describe('危险废物合计'),
  transferManifestEnterprises: z.number().int().describe('涉危废转移清单企业数'),
});
const FindingSchema = z.object({
  kind: z.enum(['unbalanced', 'manifestWithoutHazardous']).describe('unbalanced 产生量与去向之和不符；manifestWithoutHazardous 标为涉危废转移清单企业但无危险废物'),
  position: z.number().int().describe('序号（第几行）'),
  enterpriseName: z.string(),
  wasteKind: z.enum(['general', 'hazardous']).nullable(),
  message: z.string(),
});

export const WasteLedgerYearSchema = z.object({
  park: z.string(),
  year: z.number().int(),
  rows: z.array(
    z.object({
      enterpriseId: z.number().int(),
      enterpriseName: z.string().describe('企业档案中的名称'),
      nameInTable: z.string().nullable().describe('导入的表中写的企业名称，与企业档案名称不同时；相同时为 null'),
      creditCode: z.string().nullable(),
      year: z.number().int(),
      general: QuantitiesSchema.describe('一般工业固体废物'),
      hazardous: QuantitiesSchema.describe('危险废物'),
      transferManifest: z.boolean().describe('涉危废转移清单企业'),
      hwCategories: z.array(z.string()).describe('危险废物类别（HW01–HW50）'),
    }),
  ),
  totals: TotalsSchema,
  findings: z.array(FindingSchema),
});
typesAgree<z.infer<typeof WasteLedgerYearSchema>, WasteLedgerYear>();

export const WasteImportPreviewSchema = z.object({
  file: z.string(),
  sheet: z.string(),
  year: z.number().int(),
  links: z.array(
    z.object({
      row: z.number().int().describe('工作表行号'),
      nameInTable: z.string().describe('表中的企业名称'),
      link: z
        .enum(['creditCode', 'exact', 'confirmed', 'proposal', 'none'])
        .describe('creditCode/exact/confirmed 已关联（信用代码、同名、已确认）；proposal 待确认（建议最接近的企业）；none 档案中无相近企业'),
      enterpriseName: z.string().nullable().describe('关联或建议的档案企业'),
      reason: z.string().nullable().describe('建议的理由'),
    }),
  ),
  unresolved: z.number().int().describe('尚未关联的行数'),
  totals: TotalsSchema,
  findings: z.array(FindingSchema),
});
typesAgree<z.infer<typeof WasteImportPreviewSchema>, WasteImportPreview>();

/**
 * The names a user confirmed, as the import routes take them in the query: a JSON object, name in the table →
 * the enterprise file's name (e.g. {"祁东晶褀机械有限公司":"祁东晶祺机械有限公司"}).
 */
export const ConfirmedNamesQuery = z
  .string()
  .max(20000, '确认的名称过多')
  .transform((text, c) => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      c.addIssue({ code: 'custom', message: '应为 JSON 对象：{"表中名称":"档案中的企业名称"}' });
      return z.NEVER;
    }
    const parsed = z.record(z.string().min(1).max(200), z.string().min(1).max(200)).safeParse(value);
    if (!parsed.success) {
      c.addIssue({ code: 'custom', message: '应为 JSON 对象：{"表中名称":"档案中的企业名称"}，名称为1–200个字符' });
      return z.NEVER;
    }
    return parsed.data;
  })
  .describe('确认的企业名称（JSON 对象：表中名称 → 企业档案中的名称）');
