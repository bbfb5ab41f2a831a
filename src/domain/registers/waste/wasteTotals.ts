import type { Decimal } from 'decimal.js';
import { Dec } from '../../standards/_lib/decimal.js';
import type { WasteQuantities, WasteRow } from './types.js';

/** Park totals of one kind of waste. */
export interface WasteKindTotals extends WasteQuantities {
  /** Enterprises whose 产生量 of this kind is above zero (产生企业数量). */
  generatingEnterprises: number;
}

export interface WasteTotals {
  general: WasteKindTotals;
  hazardous: WasteKindTotals;
  /** Rows flagged 涉危废转移清单企业. */
  transferManifestEnterprises: number;
}

const FIELDS = ['generatedTonnes', 'selfUtilisedTonnes', 'selfDisposedTonnes', 'entrustedTonnes'] as const;

function kindTotals(quantities: readonly WasteQuantities[]): WasteKindTotals {
  const sums = Object.fromEntries(
    FIELDS.map((f) => [f, quantities.reduce<Decimal>((sum, q) => sum.plus(q[f]), new Dec(0)).toString()]),
  ) as unknown as WasteQuantities;
  return { ...sums, generatingEnterprises: quantities.filter((q) => new Dec(q.generatedTonnes).greaterThan(0)).length };
}

/**
 * The park's totals (t/a, exact) and the counts of generating enterprises, computed from the ledger rows.
 *
 * @example wasteTotals(rows).hazardous.generatingEnterprises //=> 14 for seed 000's table 10
 */
export function wasteTotals(rows: readonly WasteRow[]): WasteTotals {
  return {
    general: kindTotals(rows.map((r) => r.general)),
    hazardous: kindTotals(rows.map((r) => r.hazardous)),
    transferManifestEnterprises: rows.filter((r) => r.transferManifest).length,
  };
}
