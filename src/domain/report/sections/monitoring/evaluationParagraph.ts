import type { Inline, ParagraphBlock } from '../../reportModel.js';
import { mergeText } from '../ledgerParagraph.js';
import { exceedanceClause, noLimitClause, type LabMediumFigures } from './labMediumFigures.js';
import type { MonitoringMedium } from './monitoringInput.js';
import { SIMULATED_NOTE } from './monitoringFigures.js';

export const EVALUATION_PARAGRAPH_KEY = '2.1.monitoringResults';

/** The order the paragraph after table 3 speaks of the media in (seed 000): air, water, groundwater, soil, noise. */
export const EVALUATION_ORDER: readonly MonitoringMedium[] = ['air', 'surfaceWater', 'groundwater', 'soil', 'noise', 'pollutionSource'];

/** How the paragraph names the quality of a medium. */
const QUALITY: Record<MonitoringMedium, string> = {
  air: '园区环境空气质量',
  surfaceWater: '地表水环境质量',
  groundwater: '地下水环境质量',
  soil: '土壤环境质量',
  noise: '环境噪声',
  pollutionSource: '污染源排放',
};

/** One medium's clause: 符合 its standards when every evaluated sample complies, else what exceeds where. */
function mediumClause(m: LabMediumFigures): Inline[] {
  const quality = QUALITY[m.medium];
  if (m.evaluated.value === '0') {
    const why = m.notJudged.map((p) => (p.note ? `${p.label}：${p.note}` : p.label));
    return [why.length ? `${quality}未作评价（${why.join('；')}）` : `${quality}本年度无监测结果，未作评价`];
  }
  const simulated = m.simulated ? [SIMULATED_NOTE] : [];
  if (m.items.length === 0) return [`${quality}符合${m.standards.join('、')}`, ...noLimitClause(m), ...simulated];
  return [`${quality}不符合${m.standards.join('、')}，`, ...exceedanceClause(m), ...noLimitClause(m), ...simulated];
}

/**
 * The paragraph after table 3: the year's lab results judged medium by medium (根据自行监测（表3）结果分析：…). A
 * medium complies only when every evaluated sample does; otherwise the paragraph names the exceeding items, their
 * points and largest 超标倍数. Items without a limit are named as such, a medium without results says so, and
 * synthetic data is marked 模拟数据. The paragraph speaks of every figure of the media, printed or not.
 */
export function buildEvaluationParagraph(media: readonly LabMediumFigures[]): ParagraphBlock {
  const ordered = EVALUATION_ORDER.flatMap((medium) => media.filter((m) => m.medium === medium));
  const runs: Inline[] = ordered.length
    ? ['根据自行监测（表3）结果分析：', ...ordered.flatMap((m, i) => [...(i > 0 ? ['；'] : []), ...mediumClause(m)]), '。']
    : ['本年度无自行监测结果。'];
  const figureIds = ordered.flatMap((m) => Object.keys(m.figures));
  return { kind: 'paragraph', key: EVALUATION_PARAGRAPH_KEY, content: mergeText(runs), figureIds };
}
