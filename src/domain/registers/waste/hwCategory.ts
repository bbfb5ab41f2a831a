import { toHalfWidth } from '../../identifiers/toHalfWidth.js';

const HW_CODE = /^HW(0[1-9]|[1-4]\d|50)$/;

/** Result of {@link parseHwCategories}. */
export interface HwCategories {
  /** Valid codes, upper-cased, two digits, in the order written, without repeats. */
  codes: string[];
  /** Parts of the text that are not a code HW01–HW50, as written. */
  invalid: string[];
}

/**
 * Reads the 危险废物类别 of a ledger cell: codes of the 国家危险废物名录 (HW01–HW50) separated by 、 , ， ; ； or
 * spaces, in half- or full-width form and either case. An empty cell gives no codes.
 *
 * @example parseHwCategories('HW08、hw49') //=> { codes: ['HW08', 'HW49'], invalid: [] }
 * @example parseHwCategories('HW51') //=> { codes: [], invalid: ['HW51'] }
 */
export function parseHwCategories(text: string): HwCategories {
  const codes: string[] = [];
  const invalid: string[] = [];
  for (const part of toHalfWidth(text).split(/[、,;\s]+/)) {
    if (part === '') continue;
    const code = part.toUpperCase();
    if (!HW_CODE.test(code)) invalid.push(part);
    else if (!codes.includes(code)) codes.push(code);
  }
  return { codes, invalid };
}
