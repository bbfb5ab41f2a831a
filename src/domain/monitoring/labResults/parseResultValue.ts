import { LabDecimal, plain } from './decimal.js';
import { LabCellError } from './labResultsError.js';

/**
 * A laboratory result as typed: a number (kept as decimal text), below the detection limit (未检出, with the limit
 * when the sheet gives one), or not measured (未测).
 */
export type ResultValue =
  | { kind: 'number'; value: string }
  | { kind: 'belowDetection'; limit: string | null }
  | { kind: 'notMeasured' };

/** "—", "/", "未测"… and an empty cell: the item was not measured. */
const NOT_MEASURED = /^(|-+|—+|–+|\/|未测|未监测|未检测|未采样|缺测|NA|N\/A)$/i;
/** "ND", "N.D.", "未检出", "<DL", optionally with the limit in brackets: "ND(0.01)", "未检出(<0.01)". */
const NOT_DETECTED = /^(ND|N\.D\.?|未检出|<DL)(?:\(<?(.+)\))?$/i;
/** "<0.01": below the detection limit 0.01. */
const LESS_THAN = /^<(.+)$/;
/** "0.01L": below the detection limit 0.01 (Chinese laboratory notation). */
const L_SUFFIX = /^(.+?)L$/i;
const NUMBER = /^(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
/** Thousands separators only in groups of three: "12,000". */
const GROUPED = /^\d{1,3}(,\d{3})+(\.\d+)?$/;

const EXPECTED_VALUE = '非负数值，或未检出（ND、未检出、<0.01、0.01L），或未测（—、/、空白）';
const EXPECTED_LIMIT = '检出限（非负数值）或空白';

/** Full-width digits, signs and brackets to ASCII; spaces out; "≺"/"＜" to "<". */
export function normaliseCell(text: string): string {
  return String(text ?? '')
    .normalize('NFKC')
    .replace(/[\s\u3000]/g, '')
    .replace(/[〈≺]/g, '<')
    .replace(/[（【［]/g, '(')
    .replace(/[）】］]/g, ')');
}

/** A non-negative decimal as plain text, or null when `t` is not one. */
function decimalText(t: string): string | null {
  const s = GROUPED.test(t) ? t.replace(/,/g, '') : t;
  if (!NUMBER.test(s)) return null;
  return plain(new LabDecimal(s));
}

/**
 * @summary Read one result cell with the detection-limit cell of its row.
 *
 * @description
 * Numbers are read as decimal text, never as floats ('0.1' stays 0.1); full-width digits and signs are read as
 * their ASCII forms (NFKC); "12,000" with thousands separators is 12000. Below detection: "ND", "N.D.", "未检出",
 * "<DL" (the limit from the detection-limit column, if any), "ND(0.01)", "<0.01", "0.01L" (the limit in the cell).
 * When the cell and the detection-limit column both give a limit they must agree. Not measured: an empty cell,
 * "—", "-", "/", "未测", "未监测", "缺测", "NA".
 *
 * @param cell - the result cell as written
 * @param detectionLimit - the detection-limit cell of the same row ('' when there is none)
 * @throws {LabCellError} for anything else: text, a negative number, "<" without a number, disagreeing limits
 *
 * @example
 * parseResultValue('0.01L', '') //=> { kind: 'belowDetection', limit: '0.01' }
 * parseResultValue('ＮＤ', '0.02') //=> { kind: 'belowDetection', limit: '0.02' }
 * parseResultValue('０．５', '') //=> { kind: 'number', value: '0.5' }
 */
export function parseResultValue(cell: string, detectionLimit = ''): ResultValue {
  const t = normaliseCell(cell);
  const dl = parseDetectionLimit(detectionLimit);
  if (NOT_MEASURED.test(t)) return { kind: 'notMeasured' };
  const nd = NOT_DETECTED.exec(t);
  if (nd) {
    if (nd[2] === undefined) return { kind: 'belowDetection', limit: dl };
    return belowDetection(cell, decimalText(nd[2]), dl);
  }
  const lt = LESS_THAN.exec(t);
  if (lt) return belowDetection(cell, decimalText(lt[1]), dl);
  const l = L_SUFFIX.exec(t);
  if (l) return belowDetection(cell, decimalText(l[1]), dl);
  const value = decimalText(t);
  if (value === null) throw new LabCellError(cell, EXPECTED_VALUE);
  return { kind: 'number', value };
}

function belowDetection(cell: string, limit: string | null, columnLimit: string | null): ResultValue {
  if (limit === null) throw new LabCellError(cell, EXPECTED_VALUE);
  if (columnLimit !== null && !new LabDecimal(limit).eq(columnLimit)) {
    throw new LabCellError(cell, `与检出限列（${columnLimit}）一致的检出限`);
  }
  return { kind: 'belowDetection', limit };
}

/**
 * The detection-limit cell: a non-negative decimal, or null when empty (or "—", "/"). "0.01L" and "<0.01" are read
 * as 0.01 too, as some sheets write the limit the way they write a result below it.
 * @throws {LabCellError} naming the cell for anything else
 */
export function parseDetectionLimit(cell: string): string | null {
  const t = normaliseCell(cell);
  if (NOT_MEASURED.test(t)) return null;
  const bare = t.replace(/^<|L$/gi, '');
  const d = decimalText(bare);
  if (d === null) throw new LabDecimalLimitError(cell);
  return d;
}

/** A detection-limit cell that is not a number (the reader reports it on the detection-limit column). */
export class LabDecimalLimitError extends LabCellError {
  constructor(cell: string) {
    super(cell, EXPECTED_LIMIT);
    this.name = 'LabDecimalLimitError';
  }
}
