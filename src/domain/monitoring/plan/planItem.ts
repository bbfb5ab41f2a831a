/**
 * 监测对象: what a plan item monitors, in the order table 3 (环境质量监测计划及落实情况) prints them.
 * The same keys as the report model's MonitoringMedium.
 */
export const PLAN_MEDIA = ['air', 'surfaceWater', 'groundwater', 'noise', 'soil', 'pollutionSource'] as const;
export type PlanMedium = (typeof PLAN_MEDIA)[number];

export const PLAN_MEDIUM_LABELS: Readonly<Record<PlanMedium, string>> = {
  air: '环境空气',
  surfaceWater: '地表水',
  groundwater: '地下水',
  noise: '声环境',
  soil: '土壤环境',
  pollutionSource: '污染源',
};

export const PLAN_MEDIA_TEXT = PLAN_MEDIA.map((m) => `${m}（${PLAN_MEDIUM_LABELS[m]}）`).join('、');

/** 落实情况 of a plan item or of one of its points. */
export const PLAN_STATUSES = ['done', 'partial', 'notDone'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const PLAN_STATUS_LABELS: Readonly<Record<PlanStatus, string>> = {
  done: '已落实',
  partial: '部分落实',
  notDone: '未落实',
};

/** A plan item as plan-versus-done needs it: its points, campaigns a year and the frequency as the plan words it. */
export interface PlanItem {
  id: number;
  /** Campaigns (期) each point is to be sampled in, in the year. */
  campaignsPerYear: number;
  /** 监测频次 as printed; decides whether campaigns are counted per half year, quarter or month (campaignPeriods.ts). */
  frequencyText: string;
  pointIds: readonly number[];
}

/** A sampling of a point on a date (YYYY-MM-DD), e.g. a lab report's sample. */
export interface PlanSample {
  pointId: number;
  date: string;
}
