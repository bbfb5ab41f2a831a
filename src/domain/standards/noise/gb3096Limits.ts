/** 声环境功能区类别. */
export type NoiseZone = '0' | '1' | '2' | '3' | '4a' | '4b';

/** One zone: its description, day and night L_Aeq limits, dB(A). */
export interface NoiseZoneLimit {
  zone: NoiseZone;
  area: string;
  day: number;
  night: number;
}

/**
 * GB 3096-2008 表1 环境噪声限值, L_Aeq dB(A) [CONFIRMED-2: xiaolingjingguai/- `gb3096_limits.py` (from the official
 * PDF p.4), Viyyy/reviutils `funcarea.py`, irmawy.com — identical] (standards.md §7).
 * §5.2: 4b applies to new railway trunk lines whose EIA was approved from 2011-01-01.
 */
export const GB3096_LIMITS: readonly NoiseZoneLimit[] = [
  { zone: '0', area: '康复疗养区等特别需要安静的区域', day: 50, night: 40 },
  { zone: '1', area: '以居民住宅、医疗卫生、文化教育、科研设计、行政办公为主要功能', day: 55, night: 45 },
  { zone: '2', area: '以商业金融、集市贸易为主要功能，或者居住、商业、工业混杂', day: 60, night: 50 },
  { zone: '3', area: '以工业生产、仓储物流为主要功能', day: 65, night: 55 },
  {
    zone: '4a',
    // irmawy.com omits 城市次干路; the limits are the same either way.
    area: '高速公路、一级公路、二级公路、城市快速路、城市主干路、城市次干路、城市轨道交通（地面段）、内河航道两侧区域',
    day: 70,
    night: 55,
  },
  { zone: '4b', area: '铁路干线两侧区域', day: 70, night: 60 },
];

/** GB 3096-2008 rules besides 表1 (standards.md §7, CONFIRMED-2). */
export const GB3096_RULES = {
  standard: 'GB 3096-2008 声环境质量标准',
  // In force from 2008-10-01 [MEMORY: the date is not in standards.md].
  effectiveFrom: '2008-10-01',
  /** §3.4: 昼间 06:00–22:00, 夜间 22:00–次日06:00 (a county-level government may redefine them). */
  dayStartHour: 6,
  dayEndHour: 22,
  /** §5.3: existing railway trunk lines through urban areas — background noise without a passing train. */
  existingRailwayBackground: { day: 70, night: 55 },
  /** §5.4: night-time sudden noise L_max may exceed the limit by at most 15 dB(A). */
  nightLmaxAllowance: 15,
} as const;
