import { canonicalIndustryCode, lookupIndustry, type Industry } from '../industry/lookupIndustry.js';
import { resolveIndustryName } from '../industry/resolveIndustryName.js';
import type { Division } from '../regions/lookupDivision.js';
import { checkCreditCode, type CreditCodeParts } from './creditCode.js';
import { checkDivisionCode } from './divisionCode.js';
import { parseEiaDocumentNumber, type EiaDocumentNumberParts } from './eiaDocumentNumber.js';
import { parseEiaRegistrationNumber, type EiaRegistrationNumberParts } from './eiaRegistrationNumber.js';
import { parseEmergencyPlanNumber, type EmergencyPlanNumberParts } from './emergencyPlanNumber.js';
import { parsePermitNumber, type PermitNumberParts } from './permitNumber.js';
import { toHalfWidth } from './toHalfWidth.js';

/** The identifier kinds {@link checkIdentifier} recognises. */
export type IdentifierKind =
  | 'credit_code'
  | 'permit_number'
  | 'emergency_plan_number'
  | 'eia_document_number'
  | 'eia_registration_number'
  | 'division_code'
  | 'industry_code'
  | 'unknown';

/** Chinese label of each kind, as printed by `parkeco check-id` and the UI. */
export const IDENTIFIER_KIND_LABELS: Readonly<Record<IdentifierKind, string>> = {
  credit_code: '统一社会信用代码',
  permit_number: '排污许可证/登记编号',
  emergency_plan_number: '突发环境事件应急预案备案编号',
  eia_document_number: '环评批复文号',
  eia_registration_number: '环评登记表备案号',
  division_code: '行政区划代码',
  industry_code: '国民经济行业代码',
  unknown: '无法识别',
};

interface CheckBase<K extends IdentifierKind, P> {
  kind: K;
  kindLabel: string;
  /** Structurally acceptable for its kind (warnings allowed). */
  valid: boolean;
  normalized: string;
  parts: P | null;
  errors: string[];
  warnings: string[];
}

/** Result of {@link checkIdentifier}: `kind` tells which parts shape applies. */
export type IdentifierCheck =
  | CheckBase<'credit_code', CreditCodeParts>
  | CheckBase<'permit_number', PermitNumberParts>
  | CheckBase<'emergency_plan_number', EmergencyPlanNumberParts>
  | CheckBase<'eia_document_number', EiaDocumentNumberParts>
  | CheckBase<'eia_registration_number', EiaRegistrationNumberParts>
  | CheckBase<'division_code', Division>
  | CheckBase<'industry_code', Industry>
  | CheckBase<'unknown', never>;

const DASHES = /[‐‑‒–—―−﹣]/g;

function withKind<K extends IdentifierKind, P>(
  kind: K,
  r: { valid: boolean; normalized: string; parts: P | null; errors: string[]; warnings: string[] },
): CheckBase<K, P> {
  return {
    kind,
    kindLabel: IDENTIFIER_KIND_LABELS[kind],
    valid: r.valid,
    normalized: r.normalized,
    parts: r.parts,
    errors: r.errors,
    warnings: r.warnings,
  };
}

function checkIndustryCode(code: string, fromName: boolean): CheckBase<'industry_code', Industry> {
  const canonical = canonicalIndustryCode(code);
  const base = { kind: 'industry_code' as const, kindLabel: IDENTIFIER_KIND_LABELS.industry_code };
  if (canonical === null) {
    return {
      ...base,
      valid: false,
      normalized: code,
      parts: null,
      errors: [`"${code}"不是有效的国民经济行业代码（GB/T 4754-2017，如C、C38、C2619）`],
      warnings: [],
    };
  }
  const found = lookupIndustry(canonical);
  const warnings: string[] = [];
  if (found === null) {
    warnings.push(`内置行业表仅收录门类、大类和部分中类/小类，未能核对${canonical}的名称`);
  } else if (fromName) {
    warnings.push(`按名称匹配为${found.code} ${found.name}`);
  }
  return { ...base, valid: true, normalized: canonical, parts: found, errors: [], warnings };
}

/**
 * Recognises which identifier `value` is and checks it with the matching parser. Used by the CLI
 * `parkeco check-id VALUE`. Recognition is by shape: CJK with brackets or a final 号 → 文号,
 * `dddddd-` → 应急预案备案编号, 22 chars → 排污许可证编号, 18 chars → 统一社会信用代码 (or, when 18 digits
 * start with a year and are not a clean credit code, 登记表备案号), 6 digits → 行政区划代码,
 * C / C38 / 2619 or an industry name → 行业代码.
 * `now` is passed to the year checks (tests).
 *
 * @example checkIdentifier('430426-2022-062-M').kind //=> 'emergency_plan_number'
 */
export function checkIdentifier(value: string, now: Date = new Date()): IdentifierCheck {
  const s = toHalfWidth(String(value ?? '')).replace(/\s+/g, '');
  if (s.length === 0) {
    return withKind('unknown', { valid: false, normalized: '', parts: null, errors: ['输入为空'], warnings: [] });
  }

  if (/^登记备案/.test(s)) return withKind('eia_registration_number', parseEiaRegistrationNumber(s, now));
  if (/[\u4e00-\u9fa5]/.test(s) && (/[〔[(【﹝]/.test(s) || /号$/.test(s))) {
    return withKind('eia_document_number', parseEiaDocumentNumber(s));
  }
  if (/^\d{6}-/.test(s.replace(DASHES, '-'))) return withKind('emergency_plan_number', parseEmergencyPlanNumber(s, now));

  if (/^[0-9A-Za-z]+$/.test(s)) {
    const n = s.length;
    if (/^\d{6}$/.test(s)) return withKind('division_code', checkDivisionCode(s));
    if (/^[A-Ta-t]$/.test(s) || /^[A-Ta-t]?\d{2,4}$/.test(s)) return checkIndustryCode(s, false);
    if (n === 18 && /^(?:19|20)\d{16}$/.test(s)) {
      const cc = checkCreditCode(s);
      const asRegistration = parseEiaRegistrationNumber(s, now);
      const cleanCredit = cc.valid && cc.warnings.length === 0;
      const plausibleRegistration = asRegistration.shape === 'inferred' && asRegistration.warnings.length === 0;
      if (!cleanCredit && plausibleRegistration) return withKind('eia_registration_number', asRegistration);
      return withKind('credit_code', cc);
    }
    if (n >= 16 && n <= 19) return withKind('credit_code', checkCreditCode(s));
    if (n >= 20 && n <= 24) return withKind('permit_number', parsePermitNumber(s));
  }

  const industry = resolveIndustryName(s);
  if (industry !== null) return checkIndustryCode(industry, true);

  return withKind('unknown', {
    valid: false,
    normalized: s,
    parts: null,
    errors: [
      `无法识别"${s}"的编号类型（支持：统一社会信用代码、排污许可证/登记编号、应急预案备案编号、环评批复文号、环评登记表备案号、行政区划代码、国民经济行业代码）`,
    ],
    warnings: [],
  });
}
