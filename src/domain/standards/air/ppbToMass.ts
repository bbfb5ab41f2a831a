import type { Decimal } from 'decimal.js';
import type { DateInput } from '../_lib/calendarDate.js';
import { Dec, toDecimal, type DecimalInput } from '../_lib/decimal.js';
import { StandardInputError } from '../StandardInputError.js';
import { gb3095Edition } from './gb3095Edition.js';

/** Molar masses, g/mol (standards.md §10). */
export const MOLAR_MASS = { so2: 64.066, no2: 46.0055, o3: 47.9982, co: 28.0101, no: 30.0061 } as const;

/** Molar gas constant, J/(mol·K). */
const R = '8.314462618';

/**
 * @summary A gas mixing ratio as a mass concentration in the state GB 3095 prescribes on a date.
 *
 * @description
 * µg/m³ = ppb × M / V_m with V_m = R·T/P (ideal gas); CO: ppm → mg/m³ (the same factor). The state is GB 3095's
 * for gases on `date`: 273 K, 101.325 kPa until 2018-08-31; 298.15 K, 1013.25 hPa from 2018-09-01 (2018 amendment,
 * GB 3095-2026 §3.14). The factors are derived from the ideal-gas law, not quoted from a Chinese standard
 * (standards.md §10: no standard-prescribed factor was found). Exact decimal; print with {@link roundGbt8170}.
 *
 * @param pollutant - so2, no2, o3, no (ppb → µg/m³) or co (ppm → mg/m³)
 * @param ratio - the mixing ratio, ppb (CO: ppm)
 * @param options - the `date` of the data
 * @throws {StandardInputError} for an unknown gas, a bad ratio or a date before 2016-01-01
 *
 * @example
 * roundGbt8170(ppbToMass('no2', 100, { date: '2024-01-01' }), 0.1) //=> '188.0'
 * roundGbt8170(ppbToMass('co', 1, { date: '2024-01-01' }), 0.001) //=> '1.145'
 */
export function ppbToMass(pollutant: keyof typeof MOLAR_MASS, ratio: DecimalInput, options: { date: DateInput }): Decimal {
  if (!Object.hasOwn(MOLAR_MASS, pollutant)) throw new StandardInputError('pollutant', pollutant, `${Object.keys(MOLAR_MASS).join('、')} 之一`);
  const x = toDecimal(ratio, 'ratio');
  const { gasTemperatureK, gasPressurePa } = gb3095Edition({ date: options?.date }).referenceState;
  // ppb × 1e-9 × P/(R·T) mol/m³ × M g/mol × 1e6 µg/g = ppb × M × P / (R·T) / 1000
  return x.times(MOLAR_MASS[pollutant]).times(gasPressurePa).div(new Dec(R).times(gasTemperatureK).times(1000));
}
