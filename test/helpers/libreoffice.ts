/**
 * LibreOffice and poppler for visual and text checks of generated documents. Every function degrades to "not
 * available" when the program is missing, so tests can skip with describe.skipIf(!hasSoffice).
 *
 * Chinese fonts: test/fixtures/fonts-cn.conf maps 宋体/仿宋_GB2312/楷体/黑体… to Noto CJK SC. FONTCONFIG_FILE must be an
 * absolute path — fontconfig looks a relative one up in its own config directory and silently falls back to DejaVu.
 */
import { execFile, execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the fontconfig file that maps Chinese font names to Noto CJK SC. */
export const FONTS_CN_CONF = fileURLToPath(new URL('../fixtures/fonts-cn.conf', import.meta.url));

/** The absolute path of an executable on PATH, or null. */
export function findExecutable(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

export const hasSoffice = findExecutable('soffice') !== null;
export const hasPdftotext = findExecutable('pdftotext') !== null;
export const hasPdftoppm = findExecutable('pdftoppm') !== null;

/**
 * Converts a .docx (or any document LibreOffice opens) to PDF in outDir with a fresh, throwaway profile.
 * Resolves to the PDF's path, or null when soffice is not installed. Rejects with LibreOffice's output when the
 * conversion fails.
 */
export async function convertToPdf(docxPath: string, outDir: string, timeoutMs = 120_000): Promise<string | null> {
  const soffice = findExecutable('soffice');
  if (!soffice) return null;
  const profile = mkdtempSync(join(tmpdir(), 'parkeco-lo-'));
  const pdfPath = join(resolve(outDir), `${basename(docxPath, extname(docxPath))}.pdf`);
  try {
    const output = await new Promise<string>((resolvePromise, reject) => {
      execFile(
        soffice,
        [
          '--headless',
          '--norestore',
          `-env:UserInstallation=file://${profile}/lo-profile`,
          '--convert-to',
          'pdf',
          '--outdir',
          resolve(outDir),
          resolve(docxPath),
        ],
        { env: { ...process.env, FONTCONFIG_FILE: FONTS_CN_CONF }, timeout: timeoutMs },
        (error, stdout, stderr) => {
          if (error) reject(new Error(`LibreOffice 转换失败：${error.message}\n${stdout}\n${stderr}`));
          else resolvePromise(`${stdout}\n${stderr}`);
        },
      );
    });
    if (!existsSync(pdfPath)) throw new Error(`LibreOffice 未生成 ${pdfPath}：\n${output}`);
    return pdfPath;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The text of each page of a PDF (pdftotext, reading order), one string per page. */
export function pdfText(pdfPath: string): string[] {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' });
  const pages = text.split('\f');
  // pdftotext ends every page with a form feed, so the last piece is empty.
  if (pages.length > 0 && pages[pages.length - 1].trim() === '') pages.pop();
  return pages;
}

/** Renders pages of a PDF to PNG files `<prefix>-<page>.png` (pdftoppm); returns nothing, the files are the output. */
export function pdfToPng(pdfPath: string, outPrefix: string, options: { dpi?: number; first?: number; last?: number } = {}): void {
  const args = ['-r', String(options.dpi ?? 60), '-png'];
  if (options.first !== undefined) args.push('-f', String(options.first));
  if (options.last !== undefined) args.push('-l', String(options.last));
  execFileSync('pdftoppm', [...args, pdfPath, outPrefix]);
}

/** A word of a PDF page with its box in points, origin at the top left. */
export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

const PDF_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * The words of each page with their boxes (pdftotext -bbox). Tables need them: in reading order pdftotext interleaves
 * the lines of cells that wrap, but grouping words by the column their box lies in gives each column's text back.
 */
export function pdfWords(pdfPath: string): PdfWord[][] {
  const html = execFileSync('pdftotext', ['-enc', 'UTF-8', '-bbox', pdfPath, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return html
    .split(/<page [^>]*>/)
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
        text: m[5].replace(/&(lt|gt|amp|quot|apos);/g, (_, name: string) => PDF_ENTITIES[name]),
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
      })),
    );
}
