/**
 * 监测点位: what a monitoring point is (kind) and where it stands against the park (role), with their Chinese names.
 * Pure data, shared by the API's validation and the web's labels.
 */

export const POINT_KINDS = ['air_station', 'micro_station', 'city_station', 'surface_water', 'groundwater', 'soil', 'noise', 'outlet'] as const;
export type PointKind = (typeof POINT_KINDS)[number];

export const POINT_KIND_LABELS: Record<PointKind, string> = {
  air_station: '空气站', // 环境空气质量监测站
  micro_station: '微站', // 大气网格化监测微型站
  city_station: '城市站', // 园区依托的城市国控/省控站
  surface_water: '地表水断面',
  groundwater: '地下水井',
  soil: '土壤点',
  noise: '噪声点',
  outlet: '排放口',
};

export const POINT_ROLES = ['upwind', 'downwind', 'inside', 'upstream', 'downstream', 'sensitive'] as const;
export type PointRole = (typeof POINT_ROLES)[number];

export const POINT_ROLE_LABELS: Record<PointRole, string> = {
  upwind: '上风向',
  downwind: '下风向',
  inside: '园区内',
  upstream: '上游',
  downstream: '下游',
  sensitive: '敏感点',
};

/** The Chinese name of a kind, or of a role; `null` role is 无. */
export function pointKindLabel(kind: PointKind): string {
  return POINT_KIND_LABELS[kind];
}

export function pointRoleLabel(role: PointRole | null): string {
  return role === null ? '无' : POINT_ROLE_LABELS[role];
}

/** `空气站、微站、…` for error messages. */
export const POINT_KINDS_TEXT = POINT_KINDS.map((k) => `${k}（${POINT_KIND_LABELS[k]}）`).join('、');
export const POINT_ROLES_TEXT = POINT_ROLES.map((r) => `${r}（${POINT_ROLE_LABELS[r]}）`).join('、');
