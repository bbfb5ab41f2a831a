import { lookupDivision } from '../regions/lookupDivision.js';

/**
 * 园区代码 as the 中国开发区审核公告目录 gives them: a letter and six digits, e.g. S437012 (省级, 湖南) or G433094
 * (国家级, 湖南). The letter G marks a national-level park; the first two digits are the GB/T 2260 province code of
 * where the park lies.
 */
export const PARK_CODE_PATTERN = /^[A-Z]\d{6}$/;

/** What is wrong with a park's code given its division and level, in Chinese; empty when nothing is. */
export function checkParkCode(code: string, divisionCode: string, level: string): string[] {
  if (!PARK_CODE_PATTERN.test(code)) return ['园区代码应为一个大写字母加6位数字，如 S437012'];
  const errors: string[] = [];
  const province = lookupDivision(`${code.slice(1, 3)}0000`);
  if (!province) errors.push(`园区代码第2、3位"${code.slice(1, 3)}"应为省级行政区划代码，如湖南为43`);
  else if (/^\d{6}$/.test(divisionCode) && divisionCode.slice(0, 2) !== code.slice(1, 3)) {
    const where = lookupDivision(`${divisionCode.slice(0, 2)}0000`)?.name ?? divisionCode.slice(0, 2);
    errors.push(`园区代码第2、3位"${code.slice(1, 3)}"（${province.name}）与所在行政区划（${where}）不符`);
  }
  const national = level.includes('国家级');
  if (code.startsWith('G') && !national) errors.push('园区代码以 G 开头表示国家级园区，园区级别应为国家级');
  if (national && !code.startsWith('G')) errors.push('国家级园区的园区代码应以 G 开头');
  return errors;
}
