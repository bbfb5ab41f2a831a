import type { ManagementFacts, ManagementFactsBody } from '../../../api/managementFacts';

/** 超标情况 of the control section: not entered, none (无超标因子), or the factors listed. */
export type ExceedState = 'unknown' | 'none' | 'some';

/** What the form holds: the facts with empty inputs as undefined, and the control section's 超标情况 as a choice. */
export type FactsFormValues = ManagementFacts & { sectionExceeds: ExceedState };

/** A year with nothing entered. */
export const EMPTY_FACTS: ManagementFacts = {
  water: {
    plants: [],
    centralisedPlantCount: null,
    sewerCoveragePercent: null,
    rainPipeCoveragePercent: null,
    collectionRatePercent: null,
    wastewaterEnterprises: null,
    industrialWastewaterM3PerDay: null,
    sewerConnectedEnterprises: null,
    centralisedTreatmentPercent: null,
    classOnePollutantEnterprises: null,
    onlineMonitoringEnterprises: null,
    controlSection: { name: null, waterClass: null, compliancePercent: null, exceedingFactors: null },
    dualSourceGroundwater: null,
    blackOdorous: { total: null, remediated: null, notStarted: null, inProgress: null },
    plantAssessment: null,
  },
  air: { wasteGasEnterprises: null },
  soil: { contaminatedPlots: null, soilKeyEnterprises: null },
};

/** null text → undefined (an input's empty value); other values as they are. */
function emptyText(v: unknown): unknown {
  if (v === null) return undefined;
  if (Array.isArray(v)) return v.map(emptyText);
  if (typeof v === 'object' && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, emptyText(x)]));
  return v;
}

/** Trimmed text, '' and undefined → null, through objects and lists. */
function nullText(v: unknown): unknown {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  if (Array.isArray(v)) return v.map(nullText);
  if (typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, nullText(x)]));
  return v;
}

export function toFormValues(facts: ManagementFacts | null): FactsFormValues {
  const f = facts ?? EMPTY_FACTS;
  const factors = f.water.controlSection.exceedingFactors;
  const values = emptyText(f) as ManagementFacts;
  values.water.controlSection.exceedingFactors = factors ?? [];
  return { ...values, sectionExceeds: factors === null ? 'unknown' : factors.length ? 'some' : 'none' };
}

/** The body PUT sends: every field present, null where empty. */
export function toBody(values: FactsFormValues): ManagementFactsBody {
  const { sectionExceeds, ...facts } = values;
  const body = nullText(facts) as ManagementFacts;
  body.water.plants = (facts.water.plants ?? []).map((p) => nullText(p) as ManagementFacts['water']['plants'][number]);
  const factors = (facts.water.controlSection.exceedingFactors ?? []).map((s) => s.trim()).filter(Boolean);
  body.water.controlSection.exceedingFactors = sectionExceeds === 'unknown' ? null : sectionExceeds === 'none' ? [] : factors;
  return body;
}

/** `water.plants.0.name` → ['water', 'plants', 0, 'name'], the form's name path of a server issue's field. */
export const fieldPath = (field: string) => field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
