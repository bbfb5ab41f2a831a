/**
 * Words and colours of 监测点位: kinds and roles from src/domain/geo/pointKinds.ts (the API's own lists), the
 * standards a point may apply, and one colour and symbol per role for the table and the plot.
 */
import { POINT_KINDS, POINT_KIND_LABELS, POINT_ROLES, POINT_ROLE_LABELS, type PointRole } from '../../../../../src/domain/geo/pointKinds';
import { STANDARD_CODES, type StandardCode } from '../../../../../src/domain/standards/evaluateSample';

export const KIND_OPTIONS = POINT_KINDS.map((k) => ({ value: k, label: POINT_KIND_LABELS[k] }));
export const ROLE_OPTIONS = POINT_ROLES.map((r) => ({ value: r, label: POINT_ROLE_LABELS[r] }));

/** The standards' numbers and names as a report cites them. */
export const STANDARD_NAMES: Record<StandardCode, string> = {
  GB3095: 'GB 3095 环境空气质量标准',
  GB3838: 'GB 3838 地表水环境质量标准',
  GB14848: 'GB/T 14848 地下水质量标准',
  GB36600: 'GB 36600 土壤环境质量 建设用地',
  GB15618: 'GB 15618 土壤环境质量 农用地',
  GB3096: 'GB 3096 声环境质量标准',
  GB18918: 'GB 18918 城镇污水处理厂污染物排放标准',
  GB8978: 'GB 8978 污水综合排放标准',
};

/** `GB 3095`, `GB/T 14848`: the number alone, for the table. */
export function standardNumber(code: StandardCode): string {
  return STANDARD_NAMES[code].split(' ').slice(0, 2).join(' ');
}

export const STANDARD_OPTIONS = STANDARD_CODES.map((c) => ({ value: c, label: STANDARD_NAMES[c] }));

/** Classes the standards use, offered while typing (any other text is accepted). */
export const CLASS_SUGGESTIONS = ['一级', '二级', 'Ⅰ类', 'Ⅱ类', 'Ⅲ类', 'Ⅳ类', 'Ⅴ类', '0类', '1类', '2类', '3类', '4a类', '4b类', '一级A', '一级B', '第一类用地', '第二类用地'].map(
  (value) => ({ value }),
);

/** Items offered while typing (any other item is accepted). */
export const ITEM_SUGGESTIONS = ['二氧化硫', '氮氧化物', '二氧化氮', '臭氧', '一氧化碳', 'PM2.5', 'PM10', 'TSP', '非甲烷总烃', 'VOCs', 'pH', '化学需氧量', '氨氮', '总磷', '等效连续A声级'].map(
  (value) => ({ value, label: value }),
);

/** Colour of each role (upwind blue, downwind red, inside green …) and of a point without one. */
export const ROLE_COLORS: Record<PointRole | 'none', string> = {
  upwind: '#1677ff',
  downwind: '#f5222d',
  inside: '#52c41a',
  upstream: '#13c2c2',
  downstream: '#722ed1',
  sensitive: '#fa8c16',
  none: '#8c8c8c',
};

/** Upwind and downwind stand out: an arrow-like triangle and a diamond, larger than the other points' circles. */
export const ROLE_SYMBOLS: Record<PointRole | 'none', { symbol: string; size: number }> = {
  upwind: { symbol: 'triangle', size: 20 },
  downwind: { symbol: 'diamond', size: 20 },
  inside: { symbol: 'circle', size: 14 },
  upstream: { symbol: 'rect', size: 13 },
  downstream: { symbol: 'rect', size: 13 },
  sensitive: { symbol: 'pin', size: 22 },
  none: { symbol: 'circle', size: 12 },
};

export const roleKey = (role: PointRole | null): PointRole | 'none' => role ?? 'none';
