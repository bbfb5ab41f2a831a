import { normalizeEnterprise } from '../../domain/ledger/normalizeEnterprise.js';
import type { EnterpriseInput } from '../../domain/ledger/types.js';
import { validateEnterprise, type FieldIssue } from '../../domain/ledger/validateEnterprise.js';
import { ServiceError } from '../errors.js';
import { issuesFromZod } from '../zodIssues.js';
import { EnterpriseInputSchema } from './schemas.js';

/**
 * Shapes, normalises and validates an enterprise from the API or the CLI. Throws VALIDATION with every
 * field error; returns the record with its warnings otherwise.
 */
export function prepareEnterprise(body: unknown, defaultSeq: number): { input: EnterpriseInput; warnings: FieldIssue[] } {
  const parsed = EnterpriseInputSchema.safeParse(body);
  if (!parsed.success) throw new ServiceError('VALIDATION', '企业信息有误，请按提示修改', issuesFromZod(parsed.error, body));
  const input = normalizeEnterprise({ ...parsed.data, seq: parsed.data.seq ?? defaultSeq });
  const issues = validateEnterprise(input);
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length) throw new ServiceError('VALIDATION', '企业信息有误，请按提示修改', errors);
  return { input, warnings: issues.filter((i) => i.severity === 'warning') };
}
