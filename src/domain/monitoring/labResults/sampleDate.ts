import { LabCellError } from './labResultsError.js';

const DATE = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[T ]?\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

const EXPECTED = '存在的采样日期，如 2024-05-10、2024/5/10、2024年5月10日';

/**
 * @summary The sampling date of a cell as 'YYYY-MM-DD' (Asia/Shanghai calendar day, as the lab wrote it).
 *
 * @description
 * Accepts 2024-05-10, 2024/5/10, 2024.5.10, 2024年5月10日, 20240510, full-width digits, and a time after the date
 * (2024-05-10 09:30, which a workbook date-time cell shows), which is dropped. A day that does not exist
 * (2024-02-30, 2023-02-29) is refused.
 * @throws {LabCellError} naming the cell
 *
 * @example
 * parseSampleDate('2024年5月1日') //=> '2024-05-01'
 */
export function parseSampleDate(cell: string): string {
  const t = String(cell ?? '')
    .normalize('NFKC')
    .trim()
    .replace(/\s+/g, ' ');
  const m = DATE.exec(t) ?? COMPACT.exec(t);
  if (!m) throw new LabCellError(cell, EXPECTED);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (y < 1900 || mo < 1 || mo > 12 || d < 1 || d > days[mo - 1]) throw new LabCellError(cell, EXPECTED);
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
