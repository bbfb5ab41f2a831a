import { StandardInputError } from '../StandardInputError.js';

/** What the air CSV readers take for a missing value (缺测): blank, NA, a dash, a slash. */
export const MISSING_CELLS: ReadonlySet<string> = new Set(['', 'NA', 'N/A', '—', '-', '/', 'NULL']);

/** Splits one CSV line; fields may be quoted ("a,b", "" for a quote). */
export function splitCsv(line: string, row: number): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (ch === ',') {
      out.push(field);
      field = '';
    } else field += ch;
  }
  if (quoted) throw new StandardInputError('引号', line, '成对的双引号', row);
  out.push(field);
  return out;
}
