/**
 * Data quality of a received monitoring value: what the logger's data flag says, and what we see in the value.
 *
 * HJ 212-2017 §6.6.4 data flags: N normal and S manually set value are valid; F stopped, M maintenance, D fault,
 * C calibration, T above the measuring range and B communication fault are not. Our own marks: `negative` and
 * `out_of_range` (physically impossible for the factor) make a value invalid; `zero` and `constant` (the same value
 * as the previous readings) are suspicious and shown, but the value still counts.
 */
export type QualityMark = 'zero' | 'negative' | 'constant' | 'out_of_range' | 'invalid_flag' | 'unknown_flag' | 'not_a_number';

export const QUALITY_MARK_LABELS: Record<QualityMark, string> = {
  zero: '零值',
  negative: '负值',
  constant: '恒值',
  out_of_range: '超出量程',
  invalid_flag: '无效标记',
  unknown_flag: '未知标记',
  not_a_number: '非数值',
};

const VALID_FLAGS = new Set(['N', 'S']);
const INVALID_FLAGS = new Set(['F', 'M', 'D', 'C', 'T', 'B']);
const INVALIDATING: ReadonlySet<QualityMark> = new Set(['negative', 'out_of_range', 'invalid_flag', 'unknown_flag', 'not_a_number']);

/**
 * Physically possible ranges for factors where one exists (2017 factor codes). INTERPRETATION: the bounds are
 * plausibility limits of the quantity, not of any analyser; a park may tighten them per station.
 */
export const PLAUSIBLE_RANGES: Readonly<Record<string, readonly [number, number]>> = {
  w01001: [0, 14], // pH
  a01002: [0, 100], // 湿度 %
  a01008: [0, 360], // 风向 °
  a01001: [-60, 70], // 温度 ℃
  w01010: [-5, 100], // 水温 ℃
};

/** The value a data kind is judged by: Rtd for real-time data (CN 2011), Avg for minute, hour and day data. */
export const judgedValue = (cn: string, f: { rtd?: string; avg?: string }) => (cn === '2011' ? f.rtd : (f.avg ?? f.rtd));

/** How many equal values in a row (this one included) make a value "constant". */
export const CONSTANT_RUN = 6;

export interface QualityInput {
  factorCode: string;
  /** The value judged: Rtd for real-time data, Avg for minute/hour/day data. */
  value: string | undefined;
  flag: string | undefined;
  /** The previous values of the same station, factor and data kind, newest last. */
  previous: readonly string[];
}

/** Marks a value and decides whether it counts as valid data. */
export function judgeQuality(input: QualityInput): { valid: boolean; marks: QualityMark[] } {
  const marks: QualityMark[] = [];
  const flag = input.flag?.toUpperCase();
  if (flag && INVALID_FLAGS.has(flag)) marks.push('invalid_flag');
  else if (flag && !VALID_FLAGS.has(flag)) marks.push('unknown_flag');
  if (input.value !== undefined) {
    const v = Number(input.value);
    if (!Number.isFinite(v)) marks.push('not_a_number');
    else {
      if (v === 0) marks.push('zero');
      const range = PLAUSIBLE_RANGES[input.factorCode];
      if (range && (v < range[0] || v > range[1])) marks.push('out_of_range');
      else if (v < 0 && !range) marks.push('negative');
      const run = input.previous.slice(-(CONSTANT_RUN - 1));
      if (run.length === CONSTANT_RUN - 1 && run.every((p) => p === input.value)) marks.push('constant');
    }
  }
  return { valid: !marks.some((m) => INVALIDATING.has(m)), marks };
}
