import { StandardInputError } from '../../standards/StandardInputError.js';

/** The pollutants a total-control quota (总量控制指标) names; 'other' needs its own name. */
export type PollutantCode = 'COD' | 'NH3-N' | 'SO2' | 'NOx' | 'VOCs' | 'other';

/** The pollutant as a report prints it: 化学需氧量, 氨氮, 二氧化硫, 氮氧化物, 挥发性有机物. */
export const POLLUTANT_NAMES: Readonly<Record<Exclude<PollutantCode, 'other'>, string>> = {
  COD: '化学需氧量',
  'NH3-N': '氨氮',
  SO2: '二氧化硫',
  NOx: '氮氧化物',
  VOCs: '挥发性有机物',
};

/** A pollutant of a quota or an emission row; `name` is required for 'other' (e.g. 颗粒物, 总磷). */
export interface Pollutant {
  code: PollutantCode;
  name?: string;
}

/**
 * The key a pollutant is summed and compared under, and its printed name: the code for the five named
 * pollutants, 'other:<name>' for the rest.
 *
 * @throws {StandardInputError} for an unknown code, or 'other' without a name
 */
export function pollutantKey(pollutant: Pollutant, field = 'pollutant'): { key: string; name: string } {
  const code = pollutant?.code;
  if (code === 'other') {
    const name = typeof pollutant.name === 'string' ? pollutant.name.trim() : '';
    if (name === '') throw new StandardInputError(`${field}.name`, pollutant.name, "污染物名称（code 为 'other' 时必填）");
    return { key: `other:${name}`, name };
  }
  if (typeof code !== 'string' || !Object.hasOwn(POLLUTANT_NAMES, code)) {
    throw new StandardInputError(`${field}.code`, code, "COD、NH3-N、SO2、NOx、VOCs 或 'other'");
  }
  return { key: code, name: POLLUTANT_NAMES[code as keyof typeof POLLUTANT_NAMES] };
}
