import { LabDecimal, plain } from './decimal.js';
import { LabCellError } from './labResultsError.js';

/** What a unit measures; only units of one dimension convert into each other. */
export type UnitDimension = 'waterMass' | 'soilMass' | 'airMass' | 'count' | 'dimensionless' | 'sound' | 'activity';

/** A unit as the standards print it, with its dimension and its size in the dimension's base unit. */
export interface Unit {
  /** Canonical spelling: 'mg/L', 'µg/L', 'mg/kg', 'µg/m³', '个/L', 'MPN/100mL', 'dB(A)', '无量纲' … */
  symbol: string;
  dimension: UnitDimension;
  /** Size in the base unit of the dimension (mg/L, mg/kg, µg/m³, 个/L, Bq/L), as exact decimal text. */
  factor: string;
}

/**
 * Units of lab reports, by their spelling after {@link unitKey}. Counts: 个, MPN and CFU per volume are one
 * dimension [INTERPRETATION: GB/T 14848 gives 总大肠菌群 as "MPN/100 mL 或 CFU/100 mL"; GB 3838 prints 粪大肠菌群 in
 * 个/L while HJ 347 methods report MPN/L — taken as the same count, standards.md §10].
 */
const UNITS: Readonly<Record<string, Unit>> = Object.fromEntries(
  (
    [
      ['g/l', 'g/L', 'waterMass', '1000'],
      ['mg/l', 'mg/L', 'waterMass', '1'],
      ['μg/l', 'µg/L', 'waterMass', '0.001'],
      ['ug/l', 'µg/L', 'waterMass', '0.001'],
      ['ng/l', 'ng/L', 'waterMass', '0.000001'],
      ['g/kg', 'g/kg', 'soilMass', '1000'],
      ['mg/kg', 'mg/kg', 'soilMass', '1'],
      ['μg/g', 'µg/g', 'soilMass', '1'],
      ['ug/g', 'µg/g', 'soilMass', '1'],
      ['μg/kg', 'µg/kg', 'soilMass', '0.001'],
      ['ug/kg', 'µg/kg', 'soilMass', '0.001'],
      ['ng/g', 'ng/g', 'soilMass', '0.001'],
      ['ng/kg', 'ng/kg', 'soilMass', '0.000001'],
      ['mg/m3', 'mg/m³', 'airMass', '1000'],
      ['μg/m3', 'µg/m³', 'airMass', '1'],
      ['ug/m3', 'µg/m³', 'airMass', '1'],
      ['ng/m3', 'ng/m³', 'airMass', '0.001'],
      ['个/l', '个/L', 'count', '1'],
      ['mpn/l', 'MPN/L', 'count', '1'],
      ['cfu/l', 'CFU/L', 'count', '1'],
      ['个/100ml', '个/100mL', 'count', '10'],
      ['mpn/100ml', 'MPN/100mL', 'count', '10'],
      ['cfu/100ml', 'CFU/100mL', 'count', '10'],
      ['个/ml', '个/mL', 'count', '1000'],
      ['mpn/ml', 'MPN/mL', 'count', '1000'],
      ['cfu/ml', 'CFU/mL', 'count', '1000'],
      ['无量纲', '无量纲', 'dimensionless', '1'],
      ['无', '无量纲', 'dimensionless', '1'],
      ['db(a)', 'dB(A)', 'sound', '1'],
      ['dba', 'dB(A)', 'sound', '1'],
      ['db', 'dB(A)', 'sound', '1'],
      ['bq/l', 'Bq/L', 'activity', '1'],
      ['mbq/l', 'mBq/L', 'activity', '0.001'],
    ] as const
  ).map(([key, symbol, dimension, factor]) => [key, { symbol, dimension, factor }]),
);

/** Units a standard item may be in (the targets of conversion), by their canonical spelling. */
const BY_SYMBOL = new Map(Object.values(UNITS).map((u) => [u.symbol, u]));

/** Width, case, spaces, the micro sign and superscripts folded: 'µg/m³' and 'ug/m3' give one key. */
export function unitKey(text: string): string {
  return String(text ?? '')
    .normalize('NFKC')
    .replace(/[\s\u3000]/g, '')
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/µ/g, 'μ')
    .replace(/^(\/|-+|—+)$/, '无')
    .toLowerCase();
}

/** The unit written in a cell, or null when the spelling is not a known unit. ('' and '/' are 无量纲.) */
export function parseUnit(text: string): Unit | null {
  const k = unitKey(text);
  return k === '' ? UNITS['无'] : (UNITS[k] ?? null);
}

/** The unit a standard names ('mg/L', 'µg/L', '个/L', '无量纲' …); throws if the tables use one unknown here. */
export function standardUnit(symbol: string): Unit {
  const u = BY_SYMBOL.get(symbol) ?? parseUnit(symbol);
  if (!u) throw new Error(`标准使用的单位"${symbol}"不在单位表中`);
  return u;
}

/**
 * @summary Convert a decimal from one unit to another of the same dimension, exactly (µg/L → mg/L: × 0.001).
 *
 * @param value - decimal text
 * @param from - the unit as written in the sheet
 * @param to - the unit of the standard
 * @throws {LabCellError} naming the unit when it is unknown or of another dimension (mg/kg for a water item)
 *
 * @example
 * convertUnit('50', 'µg/L', 'mg/L') //=> '0.05'
 * convertUnit('0.0005', 'mg/L', 'µg/L') //=> '0.5'
 */
export function convertUnit(value: string, from: string, to: string): string {
  const target = standardUnit(to);
  const source = parseUnit(from);
  if (!source || source.dimension !== target.dimension) {
    throw new LabCellError(from, `可换算为 ${target.symbol} 的单位（${unitSymbols(target.dimension).join('、')}）`);
  }
  if (source.factor === target.factor) return plain(new LabDecimal(value));
  return plain(new LabDecimal(value).times(source.factor).div(target.factor));
}

/** The units of a dimension by their canonical spelling ('airMass' → mg/m³, µg/m³, ng/m³), for an error message. */
export function unitSymbols(dimension: UnitDimension): string[] {
  return [...new Set(Object.values(UNITS).filter((u) => u.dimension === dimension).map((u) => u.symbol))];
}
