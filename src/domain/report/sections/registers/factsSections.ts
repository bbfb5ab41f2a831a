import { annualReportSection, sectionNumber } from '../../annualReportSections.js';
import { countFigure, datum, enteredFigure } from '../../figures.js';
import type { Datum, EnteredText, Figure, FigureCues, Inline, ParagraphBlock, Provenance, RecordRef, ReportSection, SumRelation } from '../../reportModel.js';
import { mergeText } from '../ledgerParagraph.js';
import type { SectionBuild } from '../profileSection.js';
import type { FactsReportInput } from './factsInput.js';

/** Paragraph keys of the facts (edited text is stored by key). */
export const FACTS_PARAGRAPH_KEYS = {
  plants: '2.3.facts.plants',
  wastewater: '2.3.facts.wastewater',
  controlSection: '2.3.facts.controlSection',
  groundwater: '2.3.facts.groundwater',
  blackOdorous: '2.3.facts.blackOdorous',
  assessment: '2.3.facts.assessment',
  wasteGas: '2.4.facts.wasteGas',
  soil: '2.5.facts.soil',
} as const;

/** Figure ids others read (the requirement registers link 污水处理厂 capacity to them). n counts from 1. */
export const factsPlantFigureId = (n: number, what: 'designCapacity' | 'actualCapacity' | 'onlineCompliance') => `facts.plant.${n}.${what}`;

export const FACTS_FIGURE_IDS = {
  plantCount: 'facts.water.plantCount',
  sewerCoverage: 'facts.water.sewerCoverage',
  rainPipeCoverage: 'facts.water.rainPipeCoverage',
  collectionRate: 'facts.water.collectionRate',
  /** Printed: the emission ledger's count where it gives one, else the entered count. */
  wastewaterEnterprises: 'facts.water.wastewaterEnterprises',
  wastewaterVolume: 'facts.water.wastewaterVolume',
  connectedEnterprises: 'facts.water.connectedEnterprises',
  centralisedShare: 'facts.water.centralisedShare',
  classOneEnterprises: 'facts.water.classOneEnterprises',
  onlineMonitoringEnterprises: 'facts.water.onlineMonitoringEnterprises',
  sectionCompliance: 'facts.section.compliance',
  blackOdorousTotal: 'facts.blackOdorous.total',
  blackOdorousRemediated: 'facts.blackOdorous.remediated',
  blackOdorousNotStarted: 'facts.blackOdorous.notStarted',
  blackOdorousInProgress: 'facts.blackOdorous.inProgress',
  /** Printed: the emission ledger's count where it gives one, else the entered count. */
  wasteGasEnterprises: 'facts.air.wasteGasEnterprises',
  contaminatedPlots: 'facts.soil.contaminatedPlots',
  soilKeyEnterprises: 'facts.soil.keyEnterprises',
} as const;

/** The id of the entered count kept beside a count the ledger gives (the lint compares the two). */
export const enteredTwinId = (id: string) => `${id}.entered`;

/** Rules of the counts computed from the emission ledger. */
export const FACTS_LEDGER_RULES = {
  wastewaterEnterprises: 'facts.ledger.wastewaterEnterprises',
  wasteGasEnterprises: 'facts.ledger.wasteGasEnterprises',
} as const;

/**
 * The facts in three builds, so the report can place them as the seed does among the other builders' blocks:
 * [lead, the emission totals (二（三）水污染物排放总量), afterEmissions, monitoring, trail].
 */
export interface FactsBuild {
  /** 二（三）'s plants and industrial wastewater, 二（四）'s waste-gas enterprises; every figure of 二（三）and 二（四）. */
  lead: SectionBuild;
  /** The rest of 二（三）: control section, 双源, black-odorous water bodies, the plant assessment (figures in `lead`). */
  afterEmissions: SectionBuild;
  /** 二（五）: after the monitoring build, whose soil sentence comes first in the seed. */
  trail: SectionBuild;
}

const EMPTY: SectionBuild = { sections: [], figures: {}, relations: [] };
const LEAD_KEYS: readonly string[] = [FACTS_PARAGRAPH_KEYS.plants, FACTS_PARAGRAPH_KEYS.wastewater, FACTS_PARAGRAPH_KEYS.wasteGas];

/** Clauses joined by ，and closed by 。; empty clauses left out. */
const sentence = (clauses: Inline[][]): Inline[] => {
  const kept = clauses.filter((c) => c.length > 0);
  return kept.length ? [...kept.flatMap((c, i) => (i > 0 ? ['，', ...c] : c)), '。'] : [];
};

/** A text as the park wrote it, closed by 。 when it has no closing punctuation. */
const closed = (text: string) => (/[。！？.!?]$/.test(text) ? text : `${text}。`);

/**
 * 二（三）水环境管理, 二（四）'s first clause and 二（五）'s second sentence from the year's management facts (seed 000:
 * 园区配套集中污水处理设施1个 … 辖区内无污染地块，无土壤污染管控重点企业). Every figure is the entered value with who
 * entered it and when, except the counts of discharging enterprises where the emission ledger gives them: those are
 * counted from the ledger (the entered count kept beside as `<id>.entered`). Clauses whose value is not entered are
 * left out; a count of 0 prints as 不涉及/无. Pure.
 */
export function buildFactsSections(input: FactsReportInput | undefined, texts: Readonly<Record<string, EnteredText>>): FactsBuild {
  if (!input) return { lead: EMPTY, afterEmissions: EMPTY, trail: EMPTY };
  const { facts, record } = input;
  const figures: Record<string, Figure> = {};
  const relations: SumRelation[] = [];
  const keep = (f: Figure) => ((figures[f.id] = f), f);
  const carried = input.carriedFromYear ? `（沿用${input.carriedFromYear}年，尚未确认）` : '';
  const entered = (part: string): Extract<Provenance, { kind: 'entered' }> => ({
    kind: 'entered',
    source: `环境管理情况：${part}${carried}`,
    records: [record],
    by: input.by,
    at: input.at,
  });
  const value = (part: string) => (id: string, label: string, v: string | number, unit: string, terms: string[], scope?: string[]) =>
    keep(enteredFigure(id, label, String(v), unit, entered(part), { cues: { terms, ...(scope ? { scope } : {}) } }));
  const water = value('水环境');
  const d = (part: string) => (id: string, label: string, text: string): Datum => datum(id, label, text, entered(part));
  const wd = d('水环境');

  /** A count of enterprises: from the ledger where it gives one (the entered count kept as its twin), else as entered. */
  const enterpriseCount = (
    id: string,
    label: string,
    enteredValue: number | null,
    ledger: RecordRef[] | null,
    rule: { rule: string; description: string },
    part: string,
    cues: FigureCues,
  ): Figure | null => {
    const own = enteredValue === null ? null : enteredFigure(ledger ? enteredTwinId(id) : id, label, String(enteredValue), '个', entered(part), { cues });
    if (own) keep(own);
    if (!ledger) return own;
    return keep({ ...countFigure(id, label, '个', rule, ledger), cues });
  };

  const blocks = new Map<string, ParagraphBlock[]>();
  const paragraph = (sectionKey: string, key: string, runs: Inline[], speaks: (Figure | null)[]) => {
    if (runs.length === 0) return;
    const edited = texts[key];
    const ids = speaks.filter((f): f is Figure => f !== null).map((f) => f.id);
    const block: ParagraphBlock = { kind: 'paragraph', key, content: mergeText(runs), figureIds: ids, ...(edited ? { edited } : {}) };
    blocks.set(sectionKey, [...(blocks.get(sectionKey) ?? []), block]);
  };

  // 二（三）: plants and pipes.
  const w = facts.water;
  const plantCount = w.centralisedPlantCount === null ? null : water(FACTS_FIGURE_IDS.plantCount, '园区配套集中污水处理设施', w.centralisedPlantCount, '个', ['集中污水处理设施']);
  const percent = (id: string, label: string, v: string | null, terms: string[]) => (v === null ? null : water(id, label, v, '%', terms));
  const sewer = percent(FACTS_FIGURE_IDS.sewerCoverage, '园区污水管网覆盖率', w.sewerCoveragePercent, ['污水管网覆盖率']);
  const rain = percent(FACTS_FIGURE_IDS.rainPipeCoverage, '园区雨水管网覆盖率', w.rainPipeCoveragePercent, ['雨水管网覆盖率']);
  const collection = percent(FACTS_FIGURE_IDS.collectionRate, '园区污水收集率', w.collectionRatePercent, ['污水收集率']);
  const pipes = sentence([
    plantCount ? ['园区配套集中污水处理设施', plantCount] : [],
    sewer ? ['园区污水管网覆盖率为', sewer] : [],
    rain ? ['园区雨水管网覆盖率为', rain] : [],
    collection ? ['园区污水收集率为', collection] : [],
  ]);
  const plantFigures: (Figure | null)[] = [];
  const plants = w.plants.flatMap((p, i): Inline[] => {
    const n = i + 1;
    const scope = [p.name];
    const design = p.designCapacityM3PerDay === null ? null : water(factsPlantFigureId(n, 'designCapacity'), `${p.name}设计处理规模`, p.designCapacityM3PerDay, 'm³/d', ['设计处理规模'], scope);
    const actual = p.actualCapacityM3PerDay === null ? null : water(factsPlantFigureId(n, 'actualCapacity'), `${p.name}实际处理规模`, p.actualCapacityM3PerDay, 'm³/d', ['实际处理规模'], scope);
    const online = p.onlineCompliancePercent === null ? null : water(factsPlantFigureId(n, 'onlineCompliance'), `${p.name}在线监测达标率`, p.onlineCompliancePercent, '%', ['在线监测达标率'], scope);
    plantFigures.push(design, actual, online);
    return sentence([
      ['集中污水处理设施名称为', wd(`facts.plant.${n}.name`, '集中污水处理设施名称', p.name)],
      design ? ['设计处理规模', ...(p.designPhase ? [wd(`facts.plant.${n}.designPhase`, '设计规模期次', p.designPhase)] : []), design] : [],
      actual ? ['实际处理规模', actual] : [],
      p.process ? ['污水处理工艺为', wd(`facts.plant.${n}.process`, '污水处理工艺', p.process)] : [],
      online ? ['在线监测达标率', online] : [],
      // UNCONFIRMED: the seed prints the outfall text after 污水处理厂; a park's own wording may need another lead-in.
      p.outfallApproval ? ['污水处理厂', wd(`facts.plant.${n}.outfallApproval`, '入河排污口论证及批复情况', p.outfallApproval.replace(/[。；;，,]$/, ''))] : [],
    ]);
  });
  paragraph('2.3', FACTS_PARAGRAPH_KEYS.plants, [...pipes, ...plants], [plantCount, sewer, rain, collection, ...plantFigures]);

  // 二（三）: industrial wastewater.
  const wastewaterEnterprises = enterpriseCount(
    FACTS_FIGURE_IDS.wastewaterEnterprises,
    '园区内涉及工业废水外排企业数量',
    w.wastewaterEnterprises,
    input.ledger.wastewaterEnterprises,
    { rule: FACTS_LEDGER_RULES.wastewaterEnterprises, description: '排放台账中本年度有化学需氧量或氨氮排放量的企业' },
    '水环境',
    { terms: ['工业废水外排企业数量', '工业废水外排企业'] },
  );
  const volume = w.industrialWastewaterM3PerDay === null ? null : water(FACTS_FIGURE_IDS.wastewaterVolume, '工业废水总排放量', w.industrialWastewaterM3PerDay, 'm³/d', ['工业废水总排放量']);
  const connected = w.sewerConnectedEnterprises === null ? null : water(FACTS_FIGURE_IDS.connectedEnterprises, '外排污水纳管企业数量', w.sewerConnectedEnterprises, '个', ['纳管企业数量', '纳管企业']);
  const share = percent(FACTS_FIGURE_IDS.centralisedShare, '污水集中处理比例（按外排水量计）', w.centralisedTreatmentPercent, ['污水集中处理比例']);
  const classOne = w.classOnePollutantEnterprises === null ? null : water(FACTS_FIGURE_IDS.classOneEnterprises, '涉及一类污染物排放企业数量', w.classOnePollutantEnterprises, '个', ['一类污染物']);
  const online = w.onlineMonitoringEnterprises === null ? null : water(FACTS_FIGURE_IDS.onlineMonitoringEnterprises, '在线监测企业数量', w.onlineMonitoringEnterprises, '个', ['在线监测企业']);
  paragraph(
    '2.3',
    FACTS_PARAGRAPH_KEYS.wastewater,
    sentence([
      wastewaterEnterprises ? ['园区内涉及工业废水外排企业数量', wastewaterEnterprises] : [],
      volume ? ['工业废水总排放量', volume] : [],
      connected ? ['外排污水纳管企业数量', connected] : [],
      share ? ['污水集中处理比例', share, '（按外排水量计）'] : [],
      classOne ? (classOne.value === '0' ? ['园区内不涉及一类污染物排放企业'] : ['园区内涉及一类污染物排放企业数量', classOne]) : [],
      online ? (online.value === '0' ? ['无在线监测企业'] : ['在线监测企业数量', online]) : [],
    ]),
    [wastewaterEnterprises, volume, connected, share, classOne, online],
  );

  // 二（三）: the downstream control section.
  const cs = w.controlSection;
  const sectionRate = cs.compliancePercent === null ? null : water(FACTS_FIGURE_IDS.sectionCompliance, '管控断面监测达标率', cs.compliancePercent, '%', ['监测达标率', '达标率'], ['断面']);
  paragraph(
    '2.3',
    FACTS_PARAGRAPH_KEYS.controlSection,
    sentence([
      cs.name ? ['排污口下游最近的地表水水质管控断面名称', wd('facts.section.name', '管控断面名称', cs.name)] : [],
      cs.waterClass ? ['水功能区划（GB3838-2002）', wd('facts.section.class', '水功能区划', `${cs.waterClass}类`)] : [],
      sectionRate ? ['监测达标率', sectionRate] : [],
      cs.exceedingFactors === null ? [] : cs.exceedingFactors.length ? [`超标因子为${cs.exceedingFactors.join('、')}`] : ['无超标因子'],
    ]),
    [sectionRate],
  );

  if (w.dualSourceGroundwater) {
    paragraph('2.3', FACTS_PARAGRAPH_KEYS.groundwater, [wd('facts.dualSource', '“双源”地下水监测情况', closed(w.dualSourceGroundwater))], []);
  }

  // 二（三）: black-odorous water bodies, the total the sum of the three states.
  const bo = w.blackOdorous;
  const boFigure = (id: string, label: string, v: number | null, terms: string[]) => (v === null ? null : water(id, label, v, '个', terms, ['黑臭水体']));
  const total = boFigure(FACTS_FIGURE_IDS.blackOdorousTotal, '涉黑臭水体数量', bo.total, ['黑臭水体数量']);
  const remediated = boFigure(FACTS_FIGURE_IDS.blackOdorousRemediated, '已完成整治的黑臭水体', bo.remediated, ['已完成整治']);
  const notStarted = boFigure(FACTS_FIGURE_IDS.blackOdorousNotStarted, '未开工的黑臭水体', bo.notStarted, ['未开工']);
  const inProgress = boFigure(FACTS_FIGURE_IDS.blackOdorousInProgress, '修复中的黑臭水体', bo.inProgress, ['修复中']);
  paragraph(
    '2.3',
    FACTS_PARAGRAPH_KEYS.blackOdorous,
    [
      ...sentence([total ? ['目前园区内涉黑臭水体数量', total] : [], remediated ? ['已完成整治', remediated] : []]),
      ...sentence([notStarted ? ['未开工的', notStarted] : [], inProgress ? ['修复中的', inProgress] : []]),
    ],
    [total, remediated, notStarted, inProgress],
  );
  if (total && remediated && notStarted && inProgress) {
    relations.push({
      kind: 'sum',
      id: 'facts.blackOdorous',
      description: '涉黑臭水体数量 = 已完成整治 + 未开工 + 修复中',
      whole: total.id,
      parts: [remediated.id, notStarted.id, inProgress.id],
    });
  }

  if (w.plantAssessment) {
    paragraph('2.3', FACTS_PARAGRAPH_KEYS.assessment, [wd('facts.plantAssessment', '依托污水处理厂评估情况', closed(w.plantAssessment))], []);
  }

  // 二（四）: the first clause of the air paragraph; the air quality after it is the monitoring builder's.
  const wasteGas = enterpriseCount(
    FACTS_FIGURE_IDS.wasteGasEnterprises,
    '园区内涉及工业废气外排企业数量',
    facts.air.wasteGasEnterprises,
    input.ledger.wasteGasEnterprises,
    { rule: FACTS_LEDGER_RULES.wasteGasEnterprises, description: '排放台账中本年度有二氧化硫、氮氧化物或挥发性有机物排放量的企业' },
    '大气环境',
    { terms: ['工业废气外排企业数量', '工业废气外排企业'] },
  );
  paragraph('2.4', FACTS_PARAGRAPH_KEYS.wasteGas, sentence([wasteGas ? ['园区内涉及工业废气外排企业数量', wasteGas] : []]), [wasteGas]);

  // 二（五）: the second sentence; the soil monitoring sentence before it is the monitoring builder's.
  const soil = value('土壤环境');
  const s = facts.soil;
  const plots = s.contaminatedPlots === null ? null : soil(FACTS_FIGURE_IDS.contaminatedPlots, '污染地块数量', s.contaminatedPlots, '个', ['污染地块']);
  const key = s.soilKeyEnterprises === null ? null : soil(FACTS_FIGURE_IDS.soilKeyEnterprises, '土壤污染管控重点企业数量', s.soilKeyEnterprises, '个', ['土壤污染管控重点企业', '重点监管单位']);
  paragraph(
    '2.5',
    FACTS_PARAGRAPH_KEYS.soil,
    sentence([
      plots ? (plots.value === '0' ? ['辖区内无污染地块'] : ['辖区内污染地块', plots]) : [],
      key ? (key.value === '0' ? ['无土壤污染管控重点企业'] : ['土壤污染管控重点企业', key]) : [],
    ]),
    [plots, key],
  );

  const sectionOf = (k: string, keep: (p: ParagraphBlock) => boolean = () => true): ReportSection[] => {
    const kept = (blocks.get(k) ?? []).filter(keep);
    return kept.length ? [{ key: k, level: 2, number: sectionNumber(k), title: annualReportSection(k).title, blocks: kept }] : [];
  };
  const isLead = (p: ParagraphBlock) => LEAD_KEYS.includes(p.key);
  const chapter = (parts: ReportSection[]): ReportSection[] =>
    parts.length ? [{ key: '2', level: 1, number: sectionNumber('2'), title: annualReportSection('2').title, blocks: [] }, ...parts] : [];
  const isSoil = (id: string) => id.startsWith('facts.soil.');
  return {
    lead: {
      sections: chapter([...sectionOf('2.3', isLead), ...sectionOf('2.4')]),
      figures: Object.fromEntries(Object.entries(figures).filter(([id]) => !isSoil(id))),
      relations,
    },
    afterEmissions: { sections: chapter(sectionOf('2.3', (p) => !isLead(p))), figures: {}, relations: [] },
    trail: { sections: chapter(sectionOf('2.5')), figures: Object.fromEntries(Object.entries(figures).filter(([id]) => isSoil(id))), relations: [] },
  };
}
