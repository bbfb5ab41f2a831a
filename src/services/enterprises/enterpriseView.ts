import { lookupIndustry } from '../../domain/industry/index.js';
import type { Enterprise } from '../../domain/ledger/types.js';
import { validateEnterprise } from '../../domain/ledger/validateEnterprise.js';
import type { EnterpriseView } from './schemas.js';

/** An enterprise as every interface shows it: with its industry name and the warnings its data raises. */
export function toEnterpriseView(e: Enterprise): EnterpriseView {
  return {
    ...e,
    industryName: e.industryCode ? (lookupIndustry(e.industryCode)?.name ?? null) : null,
    warnings: validateEnterprise(e).filter((i) => i.severity === 'warning'),
  };
}
