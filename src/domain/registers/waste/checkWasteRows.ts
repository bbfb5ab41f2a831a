import { Dec } from '../../standards/_lib/decimal.js';
import { QUANTITY_LABELS, WASTE_KIND_LABELS, type WasteKind, type WasteQuantities, type WasteRow } from './types.js';

/**
 * The largest gap between 产生量 and 自行综合利用 + 自行处置 + 委托处理 that still counts as balanced: 0.02 t/a.
 * Table 10 prints every figure to 0.01 t; each of the four printed figures may be up to 0.005 t from its true
 * value, so a ledger that balances exactly can print up to 4 × 0.005 = 0.02 t apart.
 */
export const BALANCE_TOLERANCE_TONNES = '0.02';

export type WasteFindingKind = 'unbalanced' | 'manifestWithoutHazardous';

/** Something in the ledger that is not consistent with itself. */
export interface WasteFinding {
  kind: WasteFindingKind;
  /** 1-based position of the row in the ledger (序号). */
  position: number;
  enterpriseName: string;
  /** The kind of waste concerned; null for a finding about the whole row. */
  wasteKind: WasteKind | null;
  message: string;
}

/**
 * Checks each row: for both kinds of waste, 产生量 = 自行综合利用 + 自行处置 + 委托处理 within
 * {@link BALANCE_TOLERANCE_TONNES}; and a 涉危废转移清单 flag only on a row that generates hazardous waste.
 */
export function checkWasteRows(rows: readonly WasteRow[]): WasteFinding[] {
  const findings: WasteFinding[] = [];
  const tolerance = new Dec(BALANCE_TOLERANCE_TONNES);
  rows.forEach((row, i) => {
    const position = i + 1;
    for (const kind of ['general', 'hazardous'] as const) {
      const q: WasteQuantities = row[kind];
      const handled = new Dec(q.selfUtilisedTonnes).plus(q.selfDisposedTonnes).plus(q.entrustedTonnes);
      const gap = new Dec(q.generatedTonnes).minus(handled);
      if (gap.abs().greaterThan(tolerance)) {
        findings.push({
          kind: 'unbalanced',
          position,
          enterpriseName: row.enterpriseName,
          wasteKind: kind,
          message:
            `第${position}行 ${row.enterpriseName} 的${WASTE_KIND_LABELS[kind]}不平衡：` +
            `${QUANTITY_LABELS.generatedTonnes} ${q.generatedTonnes} t/a，` +
            `${QUANTITY_LABELS.selfUtilisedTonnes}、${QUANTITY_LABELS.selfDisposedTonnes}、${QUANTITY_LABELS.entrustedTonnes}合计 ${handled.toString()} t/a，` +
            `相差 ${gap.abs().toString()} t/a（允许 ${BALANCE_TOLERANCE_TONNES} t/a）`,
        });
      }
    }
    if (row.transferManifest && new Dec(row.hazardous.generatedTonnes).isZero()) {
      findings.push({
        kind: 'manifestWithoutHazardous',
        position,
        enterpriseName: row.enterpriseName,
        wasteKind: null,
        message: `第${position}行 ${row.enterpriseName} 标为涉危废转移清单企业，但危险废物产生量为 0`,
      });
    }
  });
  return findings;
}
