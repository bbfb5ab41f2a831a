/**
 * Converts full-width ASCII forms (U+FF01–U+FF5E, e.g. `９１４３`, `ＭＡ`, `－`, `［`) to their half-width
 * counterparts and the ideographic space U+3000 to a plain space. Spreadsheets typed with a Chinese IME
 * often carry such characters inside identifiers. Other characters (CJK, 〔〕) are left alone.
 *
 * @example toHalfWidth('９１４３０４２６') //=> '91430426'
 */
export function toHalfWidth(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0xff01 && cp <= 0xff5e) out += String.fromCodePoint(cp - 0xfee0);
    else if (cp === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}
