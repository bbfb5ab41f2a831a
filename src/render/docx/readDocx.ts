/**
 * Reads back what tests need from a .docx: paragraph texts, tables with their merges and header rows, and the
 * East Asian fonts and languages its runs name. FOR TESTS ONLY: it imports jszip, a devDependency, so production
 * code must not import it (readDocx.test.ts checks that only tests do).
 *
 * It parses word/document.xml with a small tokenizer; no XML library is needed for WordprocessingML's flat,
 * namespace-prefixed markup.
 */
import JSZip from 'jszip';

export type VMerge = 'restart' | 'continue' | null;

export interface DocxCell {
  /** The cell's paragraphs joined with "\n"; a w:br inside a paragraph is "\n" too. */
  text: string;
  /** w:gridSpan, 1 when absent. */
  gridSpan: number;
  vMerge: VMerge;
}

export interface DocxRow {
  cells: DocxCell[];
  /** w:tblHeader: the row repeats at the top of each page. */
  isHeader: boolean;
}

export interface DocxTable {
  rows: DocxRow[];
}

export interface DocxContent {
  /** Non-empty paragraphs outside tables, in document order (cover, headings, body, captions). */
  paragraphs: string[];
  /** Every table, in document order of its start; a nested table is listed after its parent. */
  tables: DocxTable[];
  fonts: {
    /** Every w:rFonts/@w:eastAsia value. */
    eastAsia: Set<string>;
    /** Every w:lang/@w:eastAsia value. */
    langEastAsia: Set<string>;
  };
}

/** A start, end or empty-element tag, or the text between tags. */
export type XmlToken =
  | { kind: 'open'; name: string; attributes: Record<string, string>; selfClosing: boolean }
  | { kind: 'close'; name: string }
  | { kind: 'text'; text: string };

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Replaces the five predefined entities and numeric character references. */
export function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return ENTITIES[ref] ?? whole;
  });
}

const ATTRIBUTE = /([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

/** Splits XML into tokens. Comments, processing instructions and DOCTYPE are skipped; CDATA becomes text. */
export function tokenizeXml(xml: string): XmlToken[] {
  const tokens: XmlToken[] = [];
  let position = 0;
  while (position < xml.length) {
    const lt = xml.indexOf('<', position);
    if (lt === -1) {
      tokens.push({ kind: 'text', text: decodeXmlEntities(xml.slice(position)) });
      break;
    }
    if (lt > position) tokens.push({ kind: 'text', text: decodeXmlEntities(xml.slice(position, lt)) });
    if (xml.startsWith('<!--', lt)) {
      position = endOf(xml, '-->', lt);
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = endOf(xml, ']]>', lt);
      tokens.push({ kind: 'text', text: xml.slice(lt + 9, end - 3) });
      position = end;
      continue;
    }
    if (xml.startsWith('<?', lt)) {
      position = endOf(xml, '?>', lt);
      continue;
    }
    if (xml.startsWith('<!', lt)) {
      position = endOf(xml, '>', lt);
      continue;
    }
    // A tag ends at the first ">" outside a quoted attribute value.
    let end = lt + 1;
    let quote: string | null = null;
    while (end < xml.length) {
      const ch = xml[end];
      if (quote) {
        if (ch === quote) quote = null;
      } else if (ch === '"' || ch === "'") {
        quote = ch;
      } else if (ch === '>') {
        break;
      }
      end++;
    }
    if (end >= xml.length) throw new Error(`XML 标签未闭合：位置 ${lt} 起的 “${xml.slice(lt, lt + 40)}”`);
    const inner = xml.slice(lt + 1, end);
    position = end + 1;
    if (inner.startsWith('/')) {
      tokens.push({ kind: 'close', name: inner.slice(1).trim() });
      continue;
    }
    const selfClosing = inner.endsWith('/');
    const body = selfClosing ? inner.slice(0, -1) : inner;
    const nameMatch = /^[^\s/>]+/.exec(body);
    if (!nameMatch) throw new Error(`XML 标签无名称：位置 ${lt} 起的 “${xml.slice(lt, lt + 40)}”`);
    const attributes: Record<string, string> = {};
    for (const match of body.slice(nameMatch[0].length).matchAll(ATTRIBUTE)) {
      attributes[match[1]] = decodeXmlEntities(match[3] ?? match[4] ?? '');
    }
    tokens.push({ kind: 'open', name: nameMatch[0], attributes, selfClosing });
  }
  return tokens;
}

function endOf(xml: string, terminator: string, from: number): number {
  const index = xml.indexOf(terminator, from);
  if (index === -1) throw new Error(`XML 未找到 “${terminator}”：位置 ${from}`);
  return index + terminator.length;
}

/** OOXML on/off values: absent val means on. */
function isOn(attributes: Record<string, string>): boolean {
  const value = attributes['w:val'];
  return value === undefined || !['false', '0', 'off'].includes(value);
}

interface CellBuilder {
  paragraphs: string[];
  gridSpan: number;
  vMerge: VMerge;
}

interface RowBuilder {
  cells: DocxCell[];
  isHeader: boolean;
}

interface TableBuilder {
  table: DocxTable;
  rows: RowBuilder[];
  cells: CellBuilder[];
}

/** Extracts paragraphs, tables and fonts from the XML of word/document.xml. */
export function parseDocumentXml(xml: string): DocxContent {
  const content: DocxContent = { paragraphs: [], tables: [], fonts: { eastAsia: new Set(), langEastAsia: new Set() } };
  const tables: TableBuilder[] = [];
  /** Open paragraphs (a text box inside a paragraph nests another). */
  const paragraphs: string[][] = [];
  let inText = false;

  const currentTable = (): TableBuilder | undefined => tables[tables.length - 1];
  const endParagraph = (parts: string[]): void => {
    const text = parts.join('');
    const table = currentTable();
    const cell = table?.cells[table.cells.length - 1];
    if (cell) cell.paragraphs.push(text);
    else if (text !== '') content.paragraphs.push(text);
  };

  for (const token of tokenizeXml(xml)) {
    if (token.kind === 'text') {
      if (inText && paragraphs.length > 0) paragraphs[paragraphs.length - 1].push(token.text);
      continue;
    }
    if (token.kind === 'close') {
      switch (token.name) {
        case 'w:t':
          inText = false;
          break;
        case 'w:p': {
          const parts = paragraphs.pop();
          if (parts) endParagraph(parts);
          break;
        }
        case 'w:tc': {
          const table = currentTable();
          const cell = table?.cells.pop();
          const row = table?.rows[table.rows.length - 1];
          if (cell && row) row.cells.push({ text: cell.paragraphs.join('\n'), gridSpan: cell.gridSpan, vMerge: cell.vMerge });
          break;
        }
        case 'w:tr': {
          const table = currentTable();
          const row = table?.rows.pop();
          if (table && row) table.table.rows.push({ cells: row.cells, isHeader: row.isHeader });
          break;
        }
        case 'w:tbl':
          tables.pop();
          break;
      }
      continue;
    }
    const { name, attributes, selfClosing } = token;
    switch (name) {
      case 'w:p':
        if (selfClosing) endParagraph([]);
        else paragraphs.push([]);
        break;
      case 'w:t':
        inText = !selfClosing;
        break;
      case 'w:br':
        // Page and column breaks are layout, not text.
        if ((attributes['w:type'] ?? 'textWrapping') === 'textWrapping' && paragraphs.length > 0) {
          paragraphs[paragraphs.length - 1].push('\n');
        }
        break;
      case 'w:tab':
        // w:tab in a run is a tab character; in w:tabs (paragraph properties) it is a tab stop, which has w:pos.
        if (attributes['w:pos'] === undefined && paragraphs.length > 0) paragraphs[paragraphs.length - 1].push('\t');
        break;
      case 'w:tbl': {
        const builder: TableBuilder = { table: { rows: [] }, rows: [], cells: [] };
        content.tables.push(builder.table);
        tables.push(builder);
        break;
      }
      case 'w:tr':
        currentTable()?.rows.push({ cells: [], isHeader: false });
        break;
      case 'w:tc':
        currentTable()?.cells.push({ paragraphs: [], gridSpan: 1, vMerge: null });
        break;
      case 'w:tblHeader': {
        const table = currentTable();
        const row = table?.rows[table.rows.length - 1];
        if (row) row.isHeader = isOn(attributes);
        break;
      }
      case 'w:gridSpan': {
        const table = currentTable();
        const cell = table?.cells[table.cells.length - 1];
        if (cell) cell.gridSpan = Number(attributes['w:val'] ?? '1');
        break;
      }
      case 'w:vMerge': {
        const table = currentTable();
        const cell = table?.cells[table.cells.length - 1];
        if (cell) cell.vMerge = attributes['w:val'] === 'restart' ? 'restart' : 'continue';
        break;
      }
      case 'w:rFonts':
        if (attributes['w:eastAsia'] !== undefined) content.fonts.eastAsia.add(attributes['w:eastAsia']);
        break;
      case 'w:lang':
        if (attributes['w:eastAsia'] !== undefined) content.fonts.langEastAsia.add(attributes['w:eastAsia']);
        break;
    }
  }
  return content;
}

/** Unzips a .docx and reads its word/document.xml. */
export async function readDocx(buf: Buffer | Uint8Array): Promise<DocxContent> {
  const zip = await JSZip.loadAsync(buf);
  const part = zip.file('word/document.xml');
  if (!part) throw new Error('不是 Word 文档：缺少 word/document.xml');
  return parseDocumentXml(await part.async('string'));
}

/** The text of any part of the package, e.g. word/styles.xml or word/footer1.xml, for tests that look at raw XML. */
export async function readDocxPart(buf: Buffer | Uint8Array, path: string): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  const part = zip.file(path);
  if (!part) throw new Error(`Word 文档中没有 ${path}`);
  return part.async('string');
}
