/** The verdict on one item of a sample, common to every family (water, soil, noise, effluent, air limits). */
export interface ItemVerdict {
  /** Item id ('NH3-N', 'Cd', 'leq' …). */
  item: string;
  /** Chinese name as the standard prints it. */
  name: string;
  unit: string;
  /** The result as given, normalised ('0.62', '0.01L', 'ND'). */
  value: string;
  /** 未检出: meets every "≤" limit and takes the best class [INTERPRETATION, see `_lib/measured.ts`]. */
  notDetected: boolean;
  /** The limit judged against (target class, grade, screening value …); null when there is none. */
  limit: string | null;
  /** Fails the requirement. */
  exceeds: boolean;
  /** 超标倍数 printed to 0.01 (for noise: 超标量 in dB); null when not exceeding or not defined for the item. */
  multiple: string | null;
  /** Why the item was judged as it was, in Chinese. */
  note?: string;
}
