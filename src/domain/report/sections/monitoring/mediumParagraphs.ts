import type { Inline, ParagraphBlock } from '../../reportModel.js';
import { mergeText } from '../ledgerParagraph.js';
import { exceedanceClause, noLimitClause, type LabMediumFigures } from './labMediumFigures.js';
import { SIMULATED_NOTE } from './monitoringFigures.js';

export const MEDIUM_PARAGRAPH_KEYS = {
  surfaceWater: '2.3.surfaceWater',
  groundwater: '2.3.groundwater',
  soil: '2.5.soil',
} as const;

const paragraph = (key: string, m: LabMediumFigures, runs: Inline[]): ParagraphBlock => ({
  kind: 'paragraph',
  key,
  content: mergeText(runs),
  figureIds: Object.keys(m.figures),
});

/** 管山村断面（下游，Ⅱ类）: a point with its role and class. */
const pointWords = (m: LabMediumFigures) =>
  m.points.map((p) => {
    const aside = [p.role, p.standardClass].filter(Boolean).join('，');
    return aside ? `${p.record.label}（${aside}）` : p.record.label;
  });

/** Standards of the judged points by name, each once. */
const standardNames = (m: LabMediumFigures) => [...new Set(m.points.flatMap((p) => (p.standardName ? [p.standardName] : [])))];

/** ，年度水质类别为管山村断面Ⅱ类 — the worst class of each point that has one (Ⅲ or Ⅲ类 as given). */
function classesClause(m: LabMediumFigures): Inline[] {
  const classes = m.points.flatMap((p) => (p.worstClassLabel ? [`${p.record.label}${p.worstClassLabel.replace(/类$/, '')}类`] : []));
  return classes.length ? [`，年度水质类别为${classes.join('、')}`] : [];
}

/** The results of a water medium in one sentence, or what is missing. */
function waterSentence(m: LabMediumFigures, noun: string, nothing: string): Inline[] {
  if (m.evaluated.value === '0' || !m.rate) {
    const why = m.notJudged.map((p) => (p.note ? `${p.label}：${p.note}` : p.label));
    return [why.length ? `${noun}${pointWords(m).join('、')}本年度未作评价（${why.join('；')}）。` : nothing];
  }
  return [
    `${noun}${pointWords(m).join('、')}，执行${standardNames(m).join('、')}，监测达标率`, m.rate, '，',
    ...exceedanceClause(m), ...noLimitClause(m), ...classesClause(m),
    ...(m.simulated ? [SIMULATED_NOTE] : []), '。',
  ];
}

/** 二（三）: the surface-water sentence (sections the park monitors, their class, 达标率, exceeding factors). */
export function buildSurfaceWaterParagraph(m: LabMediumFigures): ParagraphBlock {
  return paragraph(MEDIUM_PARAGRAPH_KEYS.surfaceWater, m, waterSentence(m, '地表水水质监测断面', '本年度无地表水水质监测结果。'));
}

/** 二（三）: the groundwater sentence. */
export function buildGroundwaterParagraph(m: LabMediumFigures): ParagraphBlock {
  return paragraph(MEDIUM_PARAGRAPH_KEYS.groundwater, m, waterSentence(m, '地下水监测点位', '本年度无地下水监测结果。'));
}

/** 二（五）: 2024年度土壤环境质量监测达标率100.0%，无土壤超标因子。 */
export function buildSoilParagraph(m: LabMediumFigures, year: number): ParagraphBlock {
  if (m.evaluated.value === '0' || !m.rate) return paragraph(MEDIUM_PARAGRAPH_KEYS.soil, m, [`${year}年度无土壤环境质量监测结果。`]);
  return paragraph(MEDIUM_PARAGRAPH_KEYS.soil, m, [
    `${year}年度土壤环境质量监测达标率`, m.rate, '，',
    ...exceedanceClause(m, '土壤'), ...noLimitClause(m), ...(m.simulated ? [SIMULATED_NOTE] : []), '。',
  ]);
}
