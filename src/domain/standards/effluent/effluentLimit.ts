import type { Measured } from '../_lib/measured.js';
import type { ItemVerdict } from '../ItemVerdict.js';
import { printedMultiple } from '../stats/printedMultiple.js';

/** A discharge limit: a maximum, a pH-style range, or "不得检出" (must not be detected). */
export type EffluentLimit = { max: number } | { range: readonly [number, number] } | { notDetected: true };

/**
 * Judges a result against a discharge limit: above the maximum, outside the range, or detected where it must
 * not be, exceeds. 超标倍数 only for a maximum. A not-detected result meets every limit. Full-value comparison.
 */
export function judgeEffluent(base: { item: string; name: string; unit: string }, m: Measured, limit: EffluentLimit, note?: string): ItemVerdict {
  let exceeds: boolean;
  let text: string;
  let multiple: string | null = null;
  if ('max' in limit) {
    exceeds = !m.notDetected && m.value.gt(limit.max);
    text = String(limit.max);
    if (exceeds) multiple = printedMultiple(m.value, limit.max);
  } else if ('range' in limit) {
    const [lo, hi] = limit.range;
    exceeds = m.notDetected || m.value.lt(lo) || m.value.gt(hi);
    text = `${lo}～${hi}`;
  } else {
    exceeds = !m.notDetected && !m.value.isZero();
    text = '不得检出';
  }
  return { ...base, value: m.text, notDetected: m.notDetected, limit: text, exceeds, multiple, ...(note ? { note } : {}) };
}
