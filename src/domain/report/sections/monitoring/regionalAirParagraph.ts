import { Dec } from '../../../standards/_lib/decimal.js';
import { enteredFigure, formatNumber } from '../../figures.js';
import type { Figure, FigureComparison, FigureCues, Inline, NumberFormat, ParagraphBlock } from '../../reportModel.js';
import { mergeText } from '../ledgerParagraph.js';
import type { RegionalAirInput, RegionalAirYear, RegionalFigure } from './monitoringInput.js';
import { ruleFigure } from './monitoringFigures.js';

export const REGIONAL_AIR_PARAGRAPH_KEY = '3.airQuality';

type Pollutant = keyof RegionalAirYear['means'];

/** The annual means in the order seed 000 prints them, with their units. */
const MEANS: { key: Pollutant; name: string; unit: string }[] = [
  { key: 'pm25', name: 'PM2.5', unit: 'μg/m³' },
  { key: 'pm10', name: 'PM10', unit: 'μg/m³' },
  { key: 'o3', name: 'O3', unit: 'μg/m³' },
  { key: 'no2', name: 'NO2', unit: 'μg/m³' },
  { key: 'so2', name: 'SO2', unit: 'μg/m³' },
  { key: 'co', name: 'CO', unit: 'mg/m³' },
];

const RATE_FORMAT: NumberFormat = { percent: true, decimals: 1 };

/** Which way a figure went, from the numbers as printed (equal printed values are 持平, never 改善); days 增加 or 减少. */
function direction(c: FigureComparison, unit: string): string {
  const d = new Dec(c.current).cmp(c.previous);
  if (d === 0) return '持平';
  if (unit === '天') return d > 0 ? '增加' : '减少';
  return d > 0 ? '上升' : '下降';
}

/** Better, the same or worse, by the figure's better direction. */
function assessment(c: FigureComparison): '改善' | '持平' | '变差' {
  const d = new Dec(c.current).cmp(c.previous);
  if (d === 0) return '持平';
  return (d < 0) === (c.better === 'lower') ? '改善' : '变差';
}

/**
 * 三（一）: the regional air quality of the year — 优良天数, 优良率, the six annual means — each with last year's value
 * and the way it went, and which figures improved, stayed and worsened, all computed from the printed numbers.
 * Figures are the computed ones or, where only a published annual figure exists, as entered (and marked so).
 */
export function buildRegionalAirParagraph(air: RegionalAirInput): { paragraph: ParagraphBlock; figures: Record<string, Figure> } {
  const figures: Record<string, Figure> = {};
  const cur = air.current;
  const prev = air.previous;
  const figure = (y: RegionalAirYear, key: string, label: string, f: RegionalFigure, unit: string, format: NumberFormat, cues: FigureCues) => {
    const id = `regionalAir.${y.year}.${key}`;
    const made = f.entered
      ? enteredFigure(id, label, f.value, unit, { kind: 'entered', source: f.entered.source, records: [air.record], by: f.entered.by, at: f.entered.at }, { format, cues })
      : ruleFigure(id, label, f.value, unit, { rule: `monitoring.regionalAir.${key}`, description: `${air.record.label}${y.year}年${label}`, records: [air.record] }, { format, cues });
    return (figures[id] = made);
  };
  /** This year's figure with the comparison, and last year's (cued by 2023年为 in the figure's own sentence). */
  const pair = (key: string, short: string, name: string, pick: (y: RegionalAirYear) => RegionalFigure | null, unit: string, format: NumberFormat, better: 'lower' | 'higher') => {
    const c = pick(cur);
    if (!c) return null;
    const current = figure(cur, key, `${cur.year}年${name}`, c, unit, format, { terms: [name, short] });
    const p = prev ? pick(prev) : null;
    // Last year's value: after 2023年 in its sentence (2023年为45μg/m³, or 2023年数据为：PM2.5累计均值浓度45μg/m³).
    const previous =
      p && prev ? figure(prev, key, `${prev.year}年${name}`, p, unit, format, { terms: [name, short, `${prev.year}年为`], scope: [short], after: [`${prev.year}年`] }) : null;
    if (previous && prev) {
      current.comparison = { previous: formatNumber(previous.value, format), current: formatNumber(current.value, format), better, previousYear: prev.year };
    }
    return { short, name, unit, current, previous };
  };

  const goodDays = pair('goodDays', '优良天数', '累计空气质量优良天数', (y) => y.goodDays, '天', {}, 'higher');
  const validDays = cur.validDays ? figure(cur, 'validDays', `${cur.year}年有效监测天数`, cur.validDays, '天', {}, { terms: ['有效监测天数', '有效天数'] }) : null;
  const rateOf = (y: RegionalAirYear): RegionalFigure | null =>
    y.goodRate ??
    (y.goodDays && y.validDays && !new Dec(y.validDays.value).isZero()
      ? { value: new Dec(y.goodDays.value).div(y.validDays.value).toString(), entered: null }
      : null);
  const goodRate = pair('goodRate', '优良率', '优良率', rateOf, '%', RATE_FORMAT, 'higher');
  if (goodRate && goodDays && validDays) goodRate.current.ratio = { numerator: goodDays.current.id, denominator: validDays.id };
  if (goodRate?.previous && goodDays?.previous && prev?.validDays) {
    const pv = figure(prev, 'validDays', `${prev.year}年有效监测天数`, prev.validDays, '天', {}, { terms: ['有效监测天数'], after: [`${prev.year}年`] });
    goodRate.previous.ratio = { numerator: goodDays.previous.id, denominator: pv.id };
  }
  const means = MEANS.map((m) => pair(m.key, m.name, `${m.name}累计均值浓度`, (y) => y.means[m.key] ?? null, m.unit, {}, 'lower'));

  const listed = [goodDays, goodRate, ...means].filter((p): p is NonNullable<typeof p> => p !== null);
  const runs: Inline[] = listed.flatMap((p, i): Inline[] => [
    ...(i === 0 ? ['本年度截止12月31日，'] : []),
    p.name, p.current,
    ...(p.previous && p.current.comparison ? [`，${prev!.year}年为`, p.previous, `，${direction(p.current.comparison, p.unit)}。`] : [i === listed.length - 1 ? '。' : '；']),
  ]);
  const compared = listed.filter((p) => p.current.comparison);
  if (prev && compared.length) {
    const groups: Record<'改善' | '持平' | '变差', string[]> = { 改善: [], 持平: [], 变差: [] };
    for (const p of compared) groups[assessment(p.current.comparison!)].push(p.short);
    const parts = Object.entries(groups).filter(([, names]) => names.length).map(([word, names]) => `${names.join('、')}${word}`);
    runs.push(`与${prev.year}年相比，${parts.join('，')}。`);
  }
  if (air.simulated && listed.length) runs.push('以上为模拟数据。');
  const figureIds = Object.keys(figures);
  return {
    paragraph: { kind: 'paragraph', key: REGIONAL_AIR_PARAGRAPH_KEY, content: mergeText(runs.length ? runs : [`${cur.year}年度无区域空气质量数据。`]), figureIds },
    figures,
  };
}
