/**
 * ReportDocument → .docx bytes. The layout follows GB/T 9704 as Chinese government reports do: A4, margins
 * 3.7/3.5/2.8/2.6 cm, 仿宋_GB2312 三号 body at a fixed 28 pt line, 黑体/楷体/仿宋 headings, page number "— X —".
 *
 * The cover is a section of its own without a page number; the body section numbers its pages from 1.
 */
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  SectionType,
  TextRun,
  type FileChild,
  type IParagraphOptions,
} from 'docx';
import { printedText } from '../../domain/report/figures.js';
import { headingText, type ReportBlock, type ReportDocument, type ReportSection } from '../../domain/report/reportModel.js';
import { imageParagraphs } from './imageBlock.js';
import { captionParagraph, renderTable } from './tableBlock.js';
import {
  BODY_LINE_TWIPS,
  CJK_FONT,
  LATIN_FONT,
  PAGE,
  RUN_LANGUAGE,
  SIZE,
  runProperties,
  textRuns,
  type RunStyle,
} from './typography.js';

const BODY_STYLE: RunStyle = { cjkFont: CJK_FONT.fangSong, size: SIZE.sanHao };

const HEADING_STYLE: Record<ReportSection['level'], RunStyle> = {
  1: { cjkFont: CJK_FONT.hei, size: SIZE.sanHao },
  2: { cjkFont: CJK_FONT.kai, size: SIZE.sanHao },
  3: { cjkFont: CJK_FONT.fangSong, size: SIZE.sanHao, bold: true },
};

const HEADING_LEVEL = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

/** Fixed 28 pt lines and a first-line indent of two characters (2 × 16 pt; firstLineChars for Word and WPS). */
const BODY_PARAGRAPH: IParagraphOptions = {
  spacing: { before: 0, after: 0, line: BODY_LINE_TWIPS, lineRule: 'exact' },
  indent: { firstLine: 2 * 16 * 20, firstLineChars: 200 },
};

function headingParagraph(section: ReportSection): Paragraph {
  const style = HEADING_STYLE[section.level];
  return new Paragraph({
    ...BODY_PARAGRAPH,
    heading: HEADING_LEVEL[section.level],
    alignment: AlignmentType.LEFT,
    keepNext: true,
    keepLines: true,
    run: runProperties(style),
    children: textRuns(headingText(section), style),
  });
}

function bodyParagraph(text: string): Paragraph {
  return new Paragraph({
    ...BODY_PARAGRAPH,
    alignment: AlignmentType.JUSTIFIED,
    run: runProperties(BODY_STYLE),
    children: textRuns(text, BODY_STYLE),
  });
}

/** An empty paragraph in body type, so that Word can end a section after a table and two tables do not merge. */
function spacerParagraph(): Paragraph {
  return new Paragraph({ ...BODY_PARAGRAPH, run: runProperties(BODY_STYLE), children: [] });
}

function blockChildren(blocks: readonly ReportBlock[]): FileChild[] {
  const children: FileChild[] = [];
  blocks.forEach((block, index) => {
    switch (block.kind) {
      case 'paragraph':
        // A line break in written text starts a new paragraph, indented like every paragraph.
        for (const line of printedText(block).split(/\r\n?|\n/)) if (line.trim() !== '') children.push(bodyParagraph(line));
        break;
      case 'image':
        children.push(...imageParagraphs(block));
        break;
      case 'table': {
        if (block.caption) children.push(captionParagraph(block.caption));
        children.push(renderTable(block));
        const next = blocks[index + 1];
        if (next === undefined || (next.kind === 'table' && !next.caption)) children.push(spacerParagraph());
        break;
      }
      default: {
        const unknown: never = block;
        throw new Error(`未知的报告块类型：${JSON.stringify(unknown)}`);
      }
    }
  });
  return children;
}

function coverChildren(doc: ReportDocument): Paragraph[] {
  const titleStyle: RunStyle = { cjkFont: CJK_FONT.title, size: SIZE.erHao };
  const lineStyle: RunStyle = { cjkFont: CJK_FONT.fangSong, size: SIZE.sanHao };
  const title = new Paragraph({
    alignment: AlignmentType.CENTER,
    // About a third of the way down the text block.
    spacing: { before: 3600, after: 0, line: 720, lineRule: 'exact' },
    indent: { firstLine: 0 },
    run: runProperties(titleStyle),
    children: textRuns(doc.title, titleStyle),
  });
  const lines = doc.coverLines.map(
    (line, index) =>
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: index === 0 ? 4800 : 0, after: 0, line: BODY_LINE_TWIPS, lineRule: 'exact' },
        indent: { firstLine: 0 },
        run: runProperties(lineStyle),
        children: textRuns(line, lineStyle),
      }),
  );
  return [title, ...lines];
}

/** "— X —" in 宋体 四号, centred (GB/T 9704 places the number below the text block). */
function pageNumberFooter(): Footer {
  const style: RunStyle = { cjkFont: CJK_FONT.song, size: SIZE.siHao };
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 0, after: 0 },
        indent: { firstLine: 0 },
        run: runProperties(style),
        children: [new TextRun({ ...runProperties(style), children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
}

const PAGE_PROPERTIES = {
  size: { width: PAGE.widthTwips, height: PAGE.heightTwips, orientation: 'portrait' as const },
  margin: {
    top: PAGE.marginTopTwips,
    bottom: PAGE.marginBottomTwips,
    left: PAGE.marginLeftTwips,
    right: PAGE.marginRightTwips,
    header: PAGE.headerTwips,
    footer: PAGE.footerTwips,
    gutter: 0,
  },
};

/** Heading styles are plain black, in the fonts of the headings, so Word's navigation pane and TOC list them. */
function headingStyle(style: RunStyle) {
  return {
    run: { ...runProperties(style), italics: false },
    paragraph: { spacing: { before: 0, after: 0, line: BODY_LINE_TWIPS, lineRule: 'exact' as const }, keepNext: true },
  };
}

/** Renders a built report as a .docx file. Computes nothing: every text comes from the model. */
export async function renderReportDocx(doc: ReportDocument): Promise<Buffer> {
  const body = doc.sections.flatMap((section) => [headingParagraph(section), ...blockChildren(section.blocks)]);
  const document = new Document({
    title: doc.title,
    creator: 'parkeco 园区生态环境管理平台',
    styles: {
      default: {
        // Defaults are table-cell sized: the empty paragraphs docx puts in merged-down cells take them.
        document: {
          run: {
            font: { ascii: LATIN_FONT, hAnsi: LATIN_FONT, cs: LATIN_FONT, eastAsia: CJK_FONT.fangSong, hint: 'eastAsia' },
            size: SIZE.wuHao,
            sizeComplexScript: SIZE.wuHao,
            language: RUN_LANGUAGE,
          },
          paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: 'auto' } },
        },
        heading1: headingStyle(HEADING_STYLE[1]),
        heading2: headingStyle(HEADING_STYLE[2]),
        heading3: headingStyle(HEADING_STYLE[3]),
      },
    },
    sections: [
      {
        properties: { page: PAGE_PROPERTIES },
        children: coverChildren(doc),
      },
      {
        properties: { type: SectionType.NEXT_PAGE, page: { ...PAGE_PROPERTIES, pageNumbers: { start: 1 } } },
        footers: { default: pageNumberFooter() },
        children: body.length > 0 ? body : [spacerParagraph()],
      },
    ],
  });
  return Packer.toBuffer(document);
}
