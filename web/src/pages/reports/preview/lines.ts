import { inlineText } from '../../../../../src/domain/report/figures';
import type { ReportDatum, ReportFigure } from '../../../../../src/services/reports/reportModelSchema';

export type Run = string | ReportFigure | ReportDatum;

/**
 * A paragraph's runs cut at its line breaks, blank lines dropped: the .docx prints each line of a paragraph as a
 * paragraph of its own (renderReportDocx), so the preview does too. A datum cut in two keeps its provenance.
 */
export function runLines(runs: readonly Run[]): Run[][] {
  const lines: Run[][] = [[]];
  for (const run of runs) {
    if (typeof run !== 'string' && run.kind === 'figure') {
      lines[lines.length - 1]!.push(run);
      continue;
    }
    const parts = (typeof run === 'string' ? run : run.text).split(/\r\n?|\n/);
    parts.forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part !== '') lines[lines.length - 1]!.push(typeof run === 'string' ? part : { ...run, text: part });
    });
  }
  return lines.filter((line) => line.map(inlineText).join('').trim() !== '');
}

/** Written text cut into the paragraphs the .docx prints. */
export const textLines = (text: string) => text.split(/\r\n?|\n/).filter((line) => line.trim() !== '');
