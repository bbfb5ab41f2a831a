import { PLAN_MEDIA, PLAN_MEDIUM_LABELS, type PlanStatus } from '../../../../../src/domain/monitoring/plan/planItem';

export const MEDIUM_OPTIONS = PLAN_MEDIA.map((m) => ({ value: m, label: PLAN_MEDIUM_LABELS[m] }));

/** 已落实 green, 部分落实 orange, 未落实 red. */
export const STATUS_COLORS: Readonly<Record<PlanStatus, string>> = { done: 'green', partial: 'orange', notDone: 'red' };

/** How campaigns are counted, for the frequency column. */
export const PERIOD_LABELS = { year: '全年计', halfYear: '每半年一期', quarter: '每季度一期', month: '每月一期' } as const;
