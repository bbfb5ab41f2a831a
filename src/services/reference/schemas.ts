import { z } from 'zod';
import type { IdentifierCheck as DomainIdentifierCheck, IdentifierKind } from '../../domain/identifiers/detectIdentifier.js';
import type { Industry as DomainIndustry } from '../../domain/industry/index.js';
import { typesAgree } from '../typesAgree.js';

/** One GB/T 4754-2017 entry with its place in the hierarchy (src/domain/industry/lookupIndustry.ts). */
export const IndustrySchema = z.object({
  code: z.string().describe('带门类字母，如 C3612'),
  name: z.string(),
  level: z.enum(['section', 'division', 'group', 'class']).describe('门类、大类、中类、小类'),
  sectionCode: z.string().describe('门类字母，如 C'),
  sectionName: z.string().describe('门类名称，如 制造业'),
  divisionCode: z.string().nullable().describe('大类代码，如 C36；门类为 null'),
  parentCode: z.string().nullable().describe('上一级代码；门类为 null'),
});
export type Industry = z.infer<typeof IndustrySchema>;
typesAgree<DomainIndustry, Industry>();

const DivisionSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(['province', 'prefecture', 'county']),
  provinceCode: z.string(),
  prefectureCode: z.string().nullable(),
  fullName: z.string().describe('如 湖南省衡阳市祁东县'),
});

const regionOf = { division: z.string(), divisionName: z.string().nullable() };

const checkOf = <K extends IdentifierKind, P extends z.ZodType>(kind: K, parts: P) =>
  z.object({
    kind: z.literal(kind),
    kindLabel: z.string(),
    valid: z.boolean().describe('格式可接受（可有警告）'),
    normalized: z.string(),
    parts: parts.nullable(),
    errors: z.array(z.string()),
    warnings: z.array(z.string()),
  });

/** POST /reference/check-id: which identifier the value is, whether it is valid, its parts and warnings. */
// The parts of each kind, as its parser in src/domain/identifiers gives them.
export const IdentifierCheckSchema = z.discriminatedUnion('kind', [
  checkOf('credit_code', z.object({ registrationDept: z.string(), orgType: z.string(), divisionCode: z.string(), orgCode: z.string(), checkChar: z.string() })),
  checkOf('permit_number', z.object({ creditCode: z.string(), seq: z.string(), tail: z.string() })),
  checkOf(
    'emergency_plan_number',
    z.object({
      ...regionOf,
      year: z.number().int(),
      seq: z.string(),
      riskLevel: z.enum(['L', 'M', 'H']),
      riskLevelLabel: z.enum(['一般', '较大', '重大']),
      crossRegion: z.boolean().describe('跨区域（后缀 T）'),
    }),
  ),
  checkOf('eia_document_number', z.object({ agency: z.string(), year: z.number().int(), seq: z.string() })),
  checkOf('eia_registration_number', z.object({ ...regionOf, year: z.number().int(), seq: z.string() })),
  checkOf('division_code', DivisionSchema),
  checkOf('industry_code', IndustrySchema),
  checkOf('unknown', z.never()),
]);
export type IdentifierCheck = z.infer<typeof IdentifierCheckSchema>;
typesAgree<DomainIdentifierCheck, IdentifierCheck>();
