/**
 * @summary Decode a CSV file's bytes: UTF-8 (with or without BOM), or GB18030 (GBK) as Excel writes "CSV" on a
 * Chinese Windows when the bytes are not valid UTF-8.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/**
 * @summary Split CSV text into rows of cells (RFC 4180: quoted cells may hold commas, doubled quotes and line
 * breaks). Comma-separated, or tab-separated when the first line has tabs and no commas.
 *
 * @description `rows[i]` is record `i + 1`, which is line `i + 1` unless a quoted cell spans lines. Cells are
 * trimmed; a final empty line is dropped. An unclosed quote takes the rest of the file as its cell (the reader
 * then reports what it finds there).
 *
 * @example
 * parseCsv('a,"b,c"\n1,"say ""hi"""') //=> [['a', 'b,c'], ['1', 'say "hi"']]
 */
export function parseCsv(text: string): string[][] {
  const s = text.replace(/^\uFEFF/, '');
  const firstLine = s.split(/\r?\n/, 1)[0] ?? '';
  const sep = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === sep) {
      row.push(cell.trim());
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      row.push(cell.trim());
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell.trim());
    rows.push(row);
  }
  return rows;
}
