import { lookupDivision } from './lookupDivision.js';

/**
 * True when `str` is a current GB/T 2260 code present in the vendored table (all provinces; prefecture
 * and county detail for 湖南 43 and 重庆 50 only). Retired codes such as 431121 give false.
 *
 * @example isDivisionCode('431181') //=> true
 */
export function isDivisionCode(str: string): boolean {
  return lookupDivision(str) !== null;
}
