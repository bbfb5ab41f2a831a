import type { WasteFinding, WasteKind, WasteLedgerYear, WasteQuantities } from '../../../api/wasteLedger';

export const KIND_LABELS: Readonly<Record<WasteKind, string>> = { general: '一般工业固体废物', hazardous: '危险废物' };

/** The quantities in the order of table 10, with its header words. */
export const QUANTITY_COLUMNS: readonly { key: keyof WasteQuantities; general: string; hazardous: string }[] = [
  { key: 'generatedTonnes', general: '产生量', hazardous: '产生量' },
  { key: 'selfUtilisedTonnes', general: '自行综合利用', hazardous: '自行综合利用' },
  { key: 'selfDisposedTonnes', general: '自行处置', hazardous: '自行处置' },
  { key: 'entrustedTonnes', general: '委托处理（外售）', hazardous: '委托处理' },
];

/**
 * Tonnes as table 10 shows them: at least two decimals (0.4 → 0.40), a zero as 0. Only digits are added, never
 * rounded away: the ledger's exact value stays readable.
 */
export function tonnes(value: string): string {
  if (/^0(\.0*)?$/.test(value)) return '0';
  const [int, frac = ''] = value.split('.');
  return `${int}.${frac.padEnd(2, '0')}`;
}

export type LedgerRow = WasteLedgerYear['rows'][number];

/** The findings of each row (by 序号), so the table can mark the cells concerned. */
export function findingsByPosition(findings: readonly WasteFinding[]): Map<number, WasteFinding[]> {
  const by = new Map<number, WasteFinding[]>();
  for (const f of findings) by.set(f.position, [...(by.get(f.position) ?? []), f]);
  return by;
}
