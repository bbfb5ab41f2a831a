/**
 * The enterprise form's values (dayjs dates, 是/否/未确定 as strings) and their conversion to and from the API's
 * EnterpriseInput (YYYY-MM-DD strings, null for empty).
 */
import dayjs, { type Dayjs } from 'dayjs';
import type { Enterprise, EnterpriseBody } from '../../../api/types';
import type {
  AcceptanceStatus,
  EiaType,
  EnterpriseStatus,
  PermitClass,
  RiskLevel,
} from '../../../labels';

export type RiskSourceChoice = 'yes' | 'no' | 'unknown';
/** 未注明 in the type select. */
export const EIA_TYPE_UNSPECIFIED = 'unspecified';

export interface EiaApprovalValues {
  /** Unset until the user picks one: a new approval has no default type. */
  type?: EiaType | typeof EIA_TYPE_UNSPECIFIED;
  documentNumber?: string;
  approvedOn?: Dayjs | null;
  authority?: string;
  acceptance: AcceptanceStatus;
  acceptedOn?: Dayjs | null;
}

export interface EmergencyPlanValues {
  filingNumber?: string;
  riskLevel?: RiskLevel | null;
  filedOn?: Dayjs | null;
}

export interface EnterpriseFormValues {
  /** Empty for a new enterprise: the ledger appends it. */
  seq?: number | null;
  name: string;
  creditCode?: string;
  industryCode?: string | null;
  status: EnterpriseStatus;
  riskSource: RiskSourceChoice;
  address?: string;
  contactName?: string;
  contactPhone?: string;
  enteredOn?: Dayjs | null;
  clearedOn?: Dayjs | null;
  note?: string;
  eiaApprovals: EiaApprovalValues[];
  emergencyPlans: EmergencyPlanValues[];
  permit: {
    held: boolean;
    permitClass?: PermitClass | null;
    number?: string;
    validUntil?: Dayjs | null;
  };
}

const toDay = (v: string | null): Dayjs | null => (v ? dayjs(v) : null);
const fromDay = (v: Dayjs | null | undefined): string | null => (v && v.isValid() ? v.format('YYYY-MM-DD') : null);
/** Trims; empty becomes null (the API's "not recorded"). */
const str = (v: string | null | undefined): string | null => {
  const t = v?.trim();
  return t ? t : null;
};

export function emptyFormValues(): EnterpriseFormValues {
  return {
    name: '',
    status: 'operating',
    riskSource: 'unknown',
    eiaApprovals: [],
    emergencyPlans: [],
    permit: { held: false },
  };
}

export function toFormValues(e: Enterprise): EnterpriseFormValues {
  return {
    seq: e.seq,
    name: e.name,
    creditCode: e.creditCode ?? undefined,
    industryCode: e.industryCode,
    status: e.status,
    riskSource: e.riskSource === null ? 'unknown' : e.riskSource ? 'yes' : 'no',
    address: e.address ?? undefined,
    contactName: e.contactName ?? undefined,
    contactPhone: e.contactPhone ?? undefined,
    enteredOn: toDay(e.enteredOn),
    clearedOn: toDay(e.clearedOn),
    note: e.note ?? undefined,
    eiaApprovals: e.eiaApprovals.map((a) => ({
      type: a.type ?? EIA_TYPE_UNSPECIFIED,
      documentNumber: a.documentNumber ?? undefined,
      approvedOn: toDay(a.approvedOn),
      authority: a.authority ?? undefined,
      acceptance: a.acceptance,
      acceptedOn: toDay(a.acceptedOn),
    })),
    emergencyPlans: e.emergencyPlans.map((p) => ({
      filingNumber: p.filingNumber ?? undefined,
      riskLevel: p.riskLevel,
      filedOn: toDay(p.filedOn),
    })),
    permit: {
      held: e.permit.held,
      permitClass: e.permit.permitClass,
      number: e.permit.number ?? undefined,
      validUntil: toDay(e.permit.validUntil),
    },
  };
}

export function toEnterpriseInput(v: EnterpriseFormValues): EnterpriseBody {
  const held = v.permit?.held ?? false;
  return {
    ...(typeof v.seq === 'number' ? { seq: v.seq } : {}),
    name: v.name.trim(),
    creditCode: str(v.creditCode),
    industryCode: str(v.industryCode),
    status: v.status,
    riskSource: v.riskSource === 'unknown' ? null : v.riskSource === 'yes',
    address: str(v.address),
    contactName: str(v.contactName),
    contactPhone: str(v.contactPhone),
    note: str(v.note),
    enteredOn: fromDay(v.enteredOn),
    clearedOn: v.status === 'cleared' ? fromDay(v.clearedOn) : null,
    eiaApprovals: (v.eiaApprovals ?? []).map((a) => ({
      type: a.type === undefined || a.type === EIA_TYPE_UNSPECIFIED ? null : a.type,
      documentNumber: str(a.documentNumber),
      approvedOn: fromDay(a.approvedOn),
      authority: str(a.authority),
      acceptance: a.acceptance,
      acceptedOn: a.acceptance === 'accepted' ? fromDay(a.acceptedOn) : null,
    })),
    emergencyPlans: (v.emergencyPlans ?? []).map((p) => ({
      filingNumber: str(p.filingNumber),
      riskLevel: p.riskLevel ?? null,
      filedOn: fromDay(p.filedOn),
    })),
    permit: {
      held,
      permitClass: held ? (v.permit.permitClass ?? null) : null,
      number: held ? str(v.permit.number) : null,
      validUntil: held ? fromDay(v.permit.validUntil) : null,
    },
  };
}
