import type { EnterpriseInput, RiskLevel } from './types.js';

const text = (s: string | null | undefined): string | null => {
  const t = s?.trim();
  return t ? t : null;
};
/** Identifiers: trimmed, inner spaces removed, upper case (full-width letters and digits folded). */
const code = (s: string | null | undefined): string | null => {
  const t = text(s)
    ?.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '')
    .toUpperCase();
  return t ? t : null;
};

/**
 * Puts an enterprise record into its stored form: trimmed text, canonical identifiers, and what one
 * field says about another filled in where the user left it blank:
 * - the risk level of a filing from its 备案编号 (…-M → 较大);
 * - the credit code from a 22-character permit number, whose first 18 characters are the holder's
 *   统一社会信用代码 (HJ 608-2017 附录A) — table 1.3-1 prints permit numbers but no credit codes.
 */
export function normalizeEnterprise(e: EnterpriseInput): EnterpriseInput {
  const permitNumber = code(e.permit.number);
  const creditCode = code(e.creditCode) ?? (permitNumber && permitNumber.length === 22 ? permitNumber.slice(0, 18) : null);
  return {
    ...e,
    name: e.name.trim().replace(/\s+/g, ' '),
    creditCode,
    industryCode: code(e.industryCode),
    address: text(e.address),
    contactName: text(e.contactName),
    contactPhone: text(e.contactPhone),
    note: text(e.note),
    enteredOn: text(e.enteredOn),
    clearedOn: text(e.clearedOn),
    eiaApprovals: e.eiaApprovals.map((a) => ({
      ...a,
      documentNumber: text(a.documentNumber)?.replace(/\s+/g, '') ?? null,
      approvedOn: text(a.approvedOn),
      authority: text(a.authority),
      acceptedOn: text(a.acceptedOn),
    })),
    emergencyPlans: e.emergencyPlans.map((p) => {
      const filingNumber = code(p.filingNumber);
      const fromNumber = filingNumber?.match(/-([LMH])T?$/)?.[1] as RiskLevel | undefined;
      return { ...p, filingNumber, riskLevel: p.riskLevel ?? fromNumber ?? null, filedOn: text(p.filedOn) };
    }),
    permit: { ...e.permit, number: permitNumber, validUntil: text(e.permit.validUntil) },
  };
}
