/**
 * Page layout, fonts and type sizes of the Word report, after GB/T 9704 (党政机关公文格式), which Chinese
 * government reports follow, and helpers that make runs carrying both the Latin and the Chinese font.
 */
import { TextRun, type IRunOptions } from 'docx';

/** Twips (1/20 pt) in one centimetre. */
const TWIPS_PER_CM = 1440 / 2.54;

export function cmToTwips(cm: number): number {
  return Math.round(cm * TWIPS_PER_CM);
}

/** A4 portrait with the GB/T 9704 margins: top 3.7 cm, bottom 3.5 cm, left 2.8 cm, right 2.6 cm. */
export const PAGE = {
  widthTwips: 11906,
  heightTwips: 16838,
  marginTopTwips: cmToTwips(3.7),
  marginBottomTwips: cmToTwips(3.5),
  marginLeftTwips: cmToTwips(2.8),
  marginRightTwips: cmToTwips(2.6),
  /** Header and footer distances from the page edge. The page number sits just below the text block. */
  headerTwips: cmToTwips(1.5),
  footerTwips: cmToTwips(2.3),
} as const;

/** Width of the text block: 15.6 cm, 8845 twips. Tables are scaled to it. */
export const TEXT_WIDTH_TWIPS = PAGE.widthTwips - PAGE.marginLeftTwips - PAGE.marginRightTwips;

/** Font for Latin letters and digits in every run. */
export const LATIN_FONT = 'Times New Roman';

/**
 * Chinese font names as Word and WPS know them. LibreOffice on Linux needs a fontconfig mapping for them
 * (test/fixtures/fonts-cn.conf); Word on a government machine has them installed.
 */
export const CJK_FONT = {
  /** 方正小标宋简体: the cover title. */
  title: '方正小标宋简体',
  /** 黑体: level-1 headings, table captions and table headers. */
  hei: '黑体',
  /** 楷体: level-2 headings. */
  kai: '楷体',
  /** 仿宋_GB2312: body text, level-3 headings, table cells. */
  fangSong: '仿宋_GB2312',
  /** 宋体: the page number. */
  song: '宋体',
} as const;

/** Type sizes in half-points, by their Chinese names. */
export const SIZE = {
  /** 二号 22 pt */
  erHao: 44,
  /** 三号 16 pt */
  sanHao: 32,
  /** 四号 14 pt */
  siHao: 28,
  /** 五号 10.5 pt */
  wuHao: 21,
  /** 小五 9 pt */
  xiaoWu: 18,
} as const;

/** Fixed line spacing of body text: 28 pt, in twips. */
export const BODY_LINE_TWIPS = 560;

/** Language of every run: Latin text is English, East Asian text is simplified Chinese. */
export const RUN_LANGUAGE = { value: 'en-US', eastAsia: 'zh-CN' } as const;

export interface RunStyle {
  /** The Chinese (eastAsia) font. */
  cjkFont: string;
  /** Size in half-points. */
  size: number;
  bold?: boolean;
}

/**
 * Run properties for a style: Times New Roman for ascii/hAnsi, the Chinese font for eastAsia, hint eastAsia so
 * that shared punctuation such as “” and — takes the Chinese font, and the eastAsia language zh-CN.
 */
export function runProperties(style: RunStyle): IRunOptions {
  return {
    font: { ascii: LATIN_FONT, hAnsi: LATIN_FONT, cs: LATIN_FONT, eastAsia: style.cjkFont, hint: 'eastAsia' },
    size: style.size,
    sizeComplexScript: style.size,
    ...(style.bold ? { bold: true, boldComplexScript: true } : {}),
    color: '000000',
    language: RUN_LANGUAGE,
  };
}

/**
 * Characters XML 1.0 cannot carry (C0 controls other than tab and line feed, lone surrogates). A value pasted
 * from another program can hold them, and one of them makes Word refuse the whole document.
 */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Splits text into lines: "\r\n", "\r" and "\n" break the line; a tab becomes a space; characters XML cannot
 * carry are dropped. docx escapes &, <, > and quotes itself.
 */
export function textLines(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(XML_INVALID, '')
    .split('\n');
}

/** Runs for text in one style; each line after the first starts with a line break (w:br). */
export function textRuns(text: string, style: RunStyle): TextRun[] {
  return textLines(text).map(
    (line, index) => new TextRun({ ...runProperties(style), text: line, ...(index > 0 ? { break: 1 } : {}) }),
  );
}
