import type { AirZoneClass } from '../../standards/index.js';

/**
 * The GB 3095 zone class of a point's standard class as printed: 一级 → 1 (一类区), 二级 → 2 (二类区). A point without
 * a class, or with one not understood, is judged as 二类区 — the class of industrial parks (GB 3095-2012 §4.1);
 * UNCONFIRMED for a point the park did not classify, so the note says so.
 *
 * @example zoneClassOf('一级') //=> { zoneClass: 1, note: null }
 */
export function zoneClassOf(standardClass: string | null): { zoneClass: AirZoneClass; note: string | null } {
  const c = String(standardClass ?? '').normalize('NFKC').replace(/\s/g, '');
  if (/^(一级|一类|一类区|1|1级|I)$/.test(c)) return { zoneClass: 1, note: null };
  if (/^(二级|二类|二类区|2|2级|II)$/.test(c)) return { zoneClass: 2, note: null };
  return { zoneClass: 2, note: standardClass ? `标准类别"${standardClass}"无法识别，按二级浓度限值评价` : '点位未设标准类别，按二级浓度限值评价' };
}
