import { StandardInputError } from '../StandardInputError.js';
import { AQI_INDICATORS } from './aqiIndicators.js';
import { HJ633_EDITIONS, type Hj633Edition } from './hj633Editions.js';
import { roundedConcentration } from './roundedConcentration.js';
import type { AqiReport } from './types.js';

/**
 * Validates a report's input and rounds its concentrations (GB/T 8170) to scaled integers.
 * Fields of the edition's set must be present (a value, or null for NA); a sub-index field left out throws.
 * Fields that belong to the same report of another edition (e.g. `o3_1h` in a 2026 daily report) are ignored;
 * any other name throws, so a typo never passes silently.
 */
export function scaleAqiInput(edition: Hj633Edition, report: AqiReport, input: Readonly<Record<string, unknown>>): Record<string, number | null> {
  if (input === null || typeof input !== 'object') throw new StandardInputError('input', input, '各污染物浓度组成的对象');
  const known = new Set(HJ633_EDITIONS.flatMap((e) => e[report].map((s) => s.field)));
  for (const key of Object.keys(input)) {
    if (!known.has(key)) throw new StandardInputError(key, input[key], `以下字段之一：${[...known].join('、')}`);
  }
  const scaled: Record<string, number | null> = {};
  for (const slot of edition[report]) {
    const value = input[slot.field];
    if (value === undefined && slot.use !== 'index') continue;
    const decimals = edition.concentrationDecimals[AQI_INDICATORS[slot.indicator].pollutant];
    scaled[slot.field] = roundedConcentration(value, slot.field, decimals);
  }
  return scaled;
}
