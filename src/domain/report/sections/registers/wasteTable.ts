import type { WasteKind, WasteQuantities } from '../../../registers/waste/types.js';

/**
 * Table 10 (企业固体废物处置清单) as the report prints it. The seed's header is two rows (一般工业固体废物（t/a）
 * and 危险废物（t/a） over their four quantities); a TableBlock has one header row, so the header is flattened to
 * one row whose names carry the group: 一般工业固体废物产生量（t/a）…. The lint finds columns by these names.
 */
export const WASTE_TABLE_KEY = 'waste';
export const WASTE_TABLE_CAPTION = '表10 企业固体废物处置清单';

/** The quantities in the order of the table, with the words the seed's header uses for each. */
export const WASTE_QUANTITY_COLUMNS: readonly { key: keyof WasteQuantities; general: string; hazardous: string }[] = [
  { key: 'generatedTonnes', general: '产生量', hazardous: '产生量' },
  { key: 'selfUtilisedTonnes', general: '自行综合利用', hazardous: '自行综合利用' },
  { key: 'selfDisposedTonnes', general: '自行处置', hazardous: '自行处置' },
  { key: 'entrustedTonnes', general: '委托处理（外售）', hazardous: '委托处理' },
];

const GROUP: Readonly<Record<WasteKind, string>> = { general: '一般工业固体废物', hazardous: '危险废物' };

/** The flattened header name of a quantity column: 一般工业固体废物产生量（t/a）. */
export const wasteQuantityHeader = (kind: WasteKind, key: keyof WasteQuantities): string =>
  `${GROUP[kind]}${WASTE_QUANTITY_COLUMNS.find((c) => c.key === key)![kind]}（t/a）`;

export const WASTE_MANIFEST_HEADER = '涉危废转移清单企业';

/** The header row of table 10: 序号, 企业名称, the four quantities of each kind of waste, the manifest flag. */
export const WASTE_TABLE_HEADER: readonly string[] = [
  '序号',
  '企业名称',
  ...(['general', 'hazardous'] as const).flatMap((kind) => WASTE_QUANTITY_COLUMNS.map((c) => wasteQuantityHeader(kind, c.key))),
  WASTE_MANIFEST_HEADER,
];

/** How the table prints the manifest flag, as the seed does: √ for yes, / for no. */
export const MANIFEST_MARK = { yes: '√', no: '/' } as const;
