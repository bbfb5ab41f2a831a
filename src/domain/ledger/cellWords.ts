/**
 * How real park tables write yes, no and "nothing here": "是", "否", "/", "\", "—", blank cells.
 * Both half- and full-width forms occur.
 */
export type CellWord = 'yes' | 'no' | 'none';

const YES = new Set(['是', '有', '已', '√', '✓', '✔', 'Y', 'YES', '已验收', '已备案', '已取得', '已办理', '已完成']);
const NO = new Set(['否', '无', '未', '×', '✗', 'N', 'NO', '未验收', '未备案', '未取得', '未办理', '未完成']);
const NONE = new Set(['', '/', '\\', '／', '＼', '-', '－', '—', '——', '不适用', '无需', '暂无', '空']);

/** Classifies a cell as a yes/no/none word, or null when it holds something else (a number, a name). */
export function cellWord(text: string): CellWord | null {
  const t = text.trim().toUpperCase();
  if (NONE.has(t)) return 'none';
  if (YES.has(t)) return 'yes';
  if (NO.has(t)) return 'no';
  return null;
}

/**
 * The words a yes/no column of table 1.3-1 is meant to hold. Any other yes or no word ("已完成", "有", "√", "N")
 * is read as one of them, and the importer says so.
 */
export const PLAIN_WORDS: Readonly<Record<'yes' | 'no', string>> = { yes: '是', no: '否' };

/** Spreadsheet column letter for a 0-based index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
