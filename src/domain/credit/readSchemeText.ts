import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type YAMLError } from 'yaml';
import { placeIssue, validateScheme, type SchemePath } from './checkScheme.js';
import { issueMessage, SchemeFileError, type SchemeIssue } from './schemeFileError.js';
import type { CreditScheme } from './types.js';

/**
 * A credit scheme from the text of a YAML or JSON file, shaped as CreditScheme (see
 * test/fixtures/credit/hunan-2020.yaml). Every issue names the line: a YAML syntax error (a bad indent, a duplicate
 * key) at the line the parser stopped, a JSON syntax error at the line of its position, and a field that is wrong or
 * missing at the line of that field (or of the item or mapping it is missing from). Throws SchemeFileError.
 */
export function readSchemeText(text: string, format: 'json' | 'yaml'): CreditScheme {
  const source = text.replace(/^\uFEFF/, '');
  let value: unknown;
  if (format === 'json') {
    try {
      value = JSON.parse(source);
    } catch (e) {
      throw new SchemeFileError([jsonSyntaxIssue(source, e instanceof Error ? e.message : String(e))]);
    }
  }
  // YAML parses the JSON too (JSON is YAML 1.2), only to find the line of a field.
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (format === 'json') {
    // JSON.parse keeps the last of two equal keys without a word; a scheme file with one is refused.
    const duplicates = doc.errors.filter((e) => e.code === 'DUPLICATE_KEY');
    if (duplicates.length > 0) throw new SchemeFileError(yamlSyntaxIssues(source, duplicates, lineCounter));
  } else {
    if (doc.errors.length > 0) {
      throw new SchemeFileError(yamlSyntaxIssues(source, doc.errors, lineCounter));
    }
    value = doc.toJS({ maxAliasCount: 100 });
  }
  const { scheme, issues } = validateScheme(value);
  if (scheme !== null) return scheme;
  const located = doc.errors.length === 0 ? doc : null;
  throw new SchemeFileError(issues.map((i) => placeIssue(i, located === null ? null : lineOf(located.contents, i.path, lineCounter), null)));
}

/**
 * The YAML errors as issues, one per line and kind. A key indented deeper than its siblings gives a multi-line key
 * that starts on the line above: the issue is placed on the indented line (where the multi-line key ends).
 */
function yamlSyntaxIssues(source: string, errors: readonly YAMLError[], lc: LineCounter): SchemeIssue[] {
  const multiline = new Set(errors.filter((e) => e.code === 'MULTILINE_IMPLICIT_KEY').map((e) => e.pos[0]));
  const out: SchemeIssue[] = [];
  const seen = new Set<string>();
  for (const err of errors) {
    if (err.code === 'BLOCK_AS_IMPLICIT_KEY' && multiline.has(err.pos[0])) continue;
    const line = lc.linePos(err.code === 'MULTILINE_IMPLICIT_KEY' ? Math.max(err.pos[0], err.pos[1] - 1) : err.pos[0]).line;
    const key = `${line}:${err.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(yamlSyntaxIssue(source, line, err.code, err.message));
  }
  return out;
}

/** Where a YAML parse stopped: the field is the key written on that line, when there is one. */
function yamlSyntaxIssue(source: string, line: number, code: string, message: string): SchemeIssue {
  const text = source.split(/\r?\n/)[line - 1] ?? '';
  const key = /^\s*(?:-\s+)?(?:"([^"]+)"|'([^']+)'|([^\s:#'"{[][^:#]*?))\s*:(?:\s|$)/.exec(text)?.slice(1).find((k) => k !== undefined);
  const field = key ?? '（文件格式）';
  const expected = YAML_EXPECTED[code] ?? `合乎 YAML 格式的写法（${message.split('\n')[0]}）`;
  return { line, row: null, field, value: text.trim(), message: issueMessage({ line, row: null }, field, text.trim(), expected) };
}

const YAML_EXPECTED: Readonly<Record<string, string>> = {
  BAD_INDENT: '与同级字段相同的缩进（YAML 缩进错误）',
  BAD_INDENTATION: '与同级字段相同的缩进（YAML 缩进错误）',
  MISSING_CHAR: '完整的 YAML 写法（缺少字符，如列表项的“- ”、冒号或右括号；多为缩进错误）',
  DUPLICATE_KEY: '同一层中不重复的字段名',
  TAB_AS_INDENT: '用空格缩进（YAML 不允许制表符缩进）',
  UNEXPECTED_TOKEN: '合乎 YAML 格式的写法（此处有多余的字符）',
  MULTILINE_IMPLICIT_KEY: '与同级字段相同的缩进（此行缩进过深，YAML 缩进错误）',
  BLOCK_AS_IMPLICIT_KEY: '合乎 YAML 格式的写法（多为缩进错误）',
};

/** A JSON syntax error placed on its line: Node reports `… at position 45` (or `(line 3 column 5)`). */
function jsonSyntaxIssue(source: string, message: string): SchemeIssue {
  let line: number | null = null;
  const lineCol = /\(line (\d+) column \d+\)/.exec(message);
  const pos = /at position (\d+)/.exec(message);
  if (lineCol?.[1] !== undefined) line = Number(lineCol[1]);
  else if (pos?.[1] !== undefined) line = source.slice(0, Number(pos[1])).split('\n').length;
  else if (/Unexpected end of JSON input/.test(message)) line = source.split('\n').length;
  const text = line === null ? '' : (source.split(/\r?\n/)[line - 1] ?? '').trim();
  const key = /"([^"]+)"\s*:/.exec(text)?.[1];
  const field = key ?? '（文件格式）';
  return { line, row: null, field, value: text, message: issueMessage({ line, row: null }, field, text, `合乎 JSON 格式的写法（${message}）`) };
}

/**
 * The line of `path` in the document: the line of the deepest key or item found along it, so a missing field is
 * placed on the mapping it is missing from.
 */
function lineOf(root: unknown, path: SchemePath, lc: LineCounter): number | null {
  let node: unknown = root;
  let line = rangeLine(root, lc);
  for (const seg of path) {
    if (isMap(node) && typeof seg === 'string') {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === seg);
      if (pair === undefined) return line;
      line = rangeLine(pair.key, lc) ?? line;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      if (item === undefined) return line;
      line = rangeLine(item, lc) ?? line;
      node = item;
    } else return line;
  }
  return line;
}

function rangeLine(node: unknown, lc: LineCounter): number | null {
  const range = (node as YamlNode | null | undefined)?.range;
  return range === undefined || range === null ? null : lc.linePos(range[0]).line;
}

