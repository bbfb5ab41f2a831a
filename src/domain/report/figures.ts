import { Dec } from '../standards/_lib/decimal.js';
import { roundGbt8170 } from '../standards/rounding/roundGbt8170.js';
import type { Datum, Figure, FigureCues, Inline, NumberFormat, ParagraphBlock, Provenance, RecordRef } from './reportModel.js';

/**
 * Making and printing figures. A figure is printed only through {@link formatFigure}, so the number a reader
 * sees is the value rounded by its format, never a number composed elsewhere.
 */

const group = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** The number as printed, without the unit: GB/T 8170 rounding, percent, thousands. */
export function formatNumber(value: string, format: NumberFormat): string {
  let v = new Dec(value);
  if (format.percent) v = v.times(100);
  let text = format.decimals === undefined ? v.toString() : roundGbt8170(v.toString(), format.decimals === 0 ? 1 : `0.${'0'.repeat(format.decimals - 1)}1`);
  if (format.thousands) {
    const [int, frac] = text.split('.');
    text = group(int!) + (frac === undefined ? '' : `.${frac}`);
  }
  return text;
}

/** The figure as printed: number, then its unit when `showUnit`. */
export const formatFigure = (f: Figure) => formatNumber(f.value, f.format) + (f.showUnit ? f.unit : '');

/** The printed text of a run. */
export const inlineText = (run: Inline) => (typeof run === 'string' ? run : run.kind === 'figure' ? formatFigure(run) : run.text);

/** The generated text of a paragraph. */
export const generatedText = (p: ParagraphBlock) => p.content.map(inlineText).join('');

/** What the report prints for a paragraph: the edited text when there is one. */
export const printedText = (p: ParagraphBlock) => p.edited?.text ?? generatedText(p);

/** The figures and data of a paragraph's generated content. */
export const contentFigures = (p: ParagraphBlock) => p.content.filter((r): r is Figure => typeof r !== 'string' && r.kind === 'figure');

/** A count of records by a rule: the value is the number of records. */
export function countFigure(
  id: string,
  label: string,
  unit: string,
  rule: { rule: string; description: string },
  records: RecordRef[],
): Figure {
  return {
    kind: 'figure',
    id,
    label,
    value: String(records.length),
    unit,
    format: {},
    showUnit: true,
    aggregate: 'count',
    provenance: { kind: 'rule', ...rule, records },
  };
}

/** A figure holding a value (not a count) with its provenance, printed per `format`. */
export function valueFigure(
  id: string,
  label: string,
  value: string,
  unit: string,
  provenance: Provenance,
  options: { format?: NumberFormat; showUnit?: boolean; cues?: FigureCues; aggregate?: Figure['aggregate'] } = {},
): Figure {
  return {
    kind: 'figure',
    id,
    label,
    value: new Dec(value).toString(),
    unit,
    format: options.format ?? {},
    showUnit: options.showUnit ?? true,
    aggregate: options.aggregate ?? 'value',
    provenance,
    ...(options.cues ? { cues: options.cues } : {}),
  };
}

/** A value a user entered (an area, an output figure), printed as entered. */
export function enteredFigure(
  id: string,
  label: string,
  value: string,
  unit: string,
  provenance: Extract<Provenance, { kind: 'entered' }>,
  options: { format?: NumberFormat; showUnit?: boolean; cues?: FigureCues } = {},
): Figure {
  return valueFigure(id, label, value, unit, provenance, options);
}

export const datum = (id: string, label: string, text: string, provenance: Provenance): Datum => ({
  kind: 'datum',
  id,
  label,
  text,
  provenance,
});
