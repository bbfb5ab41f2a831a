/**
 * The solid and hazardous waste ledger (固体废物台账): one row per enterprise per year, in the layout of table 10
 * (企业固体废物处置清单) of the annual self-assessment report.
 */

/** One kind of waste of one enterprise in one year, each figure in tonnes per year as an exact decimal string. */
export interface WasteQuantities {
  /** 产生量 (t/a). */
  generatedTonnes: string;
  /** 自行综合利用 (t/a). */
  selfUtilisedTonnes: string;
  /** 自行处置 (t/a). */
  selfDisposedTonnes: string;
  /** 委托处理 / 外委处置, including 外售 (t/a). */
  entrustedTonnes: string;
}

export interface WasteRow {
  enterpriseName: string;
  /** 统一社会信用代码, normalized, or null when the table gives none. */
  creditCode: string | null;
  year: number;
  /** 一般工业固体废物. */
  general: WasteQuantities;
  /** 危险废物. */
  hazardous: WasteQuantities;
  /** 涉危废转移清单企业: the enterprise moves hazardous waste under transfer manifests (转移联单). */
  transferManifest: boolean;
  /** 危险废物类别 such as HW08, HW49, where known; empty when the table does not say. */
  hwCategories: string[];
}

export type WasteKind = 'general' | 'hazardous';

export const WASTE_KIND_LABELS: Readonly<Record<WasteKind, string>> = {
  general: '一般工业固体废物',
  hazardous: '危险废物',
};

export const QUANTITY_LABELS: Readonly<Record<keyof WasteQuantities, string>> = {
  generatedTonnes: '产生量',
  selfUtilisedTonnes: '自行综合利用',
  selfDisposedTonnes: '自行处置',
  entrustedTonnes: '委托处理',
};
