import { describe, expect, it } from 'vitest';
import { DEMO_FACTS_2024 } from '../../../../services/demo/seedDemoFacts.js';
import { ManagementFactsInput } from '../../../../services/registers/managementFactsSchemas.js';
import { generatedText, printedText } from '../../figures.js';
import { lintReport } from '../../lint/index.js';
import { assembleReport } from '../../assembleReport.js';
import type { ParagraphBlock, RecordRef } from '../../reportModel.js';
import type { FactsReportInput, YearFacts } from './factsInput.js';
import { buildFactsSections, FACTS_PARAGRAPH_KEYS } from './factsSections.js';

const RECORD: RecordRef = { entity: 'managementFacts', id: 7, label: '2024年环境管理情况' };
const seedFacts = (): YearFacts => ManagementFactsInput.parse(DEMO_FACTS_2024);
const input = (facts: YearFacts, over: Partial<FactsReportInput> = {}): FactsReportInput => ({
  year: 2024,
  record: RECORD,
  facts,
  by: 'officer',
  at: '2025-01-10T02:00:00.000Z',
  carriedFromYear: null,
  ledger: { wastewaterEnterprises: null, wasteGasEnterprises: null },
  ...over,
});
/** The report of the three builds in their order (nothing between them). */
const reportOf = (b: ReturnType<typeof buildFactsSections>) => assembleReport({ title: '测试', coverLines: [], parkCode: 'S437012', year: 2024, comparedYears: [2023] }, [b.lead, b.afterEmissions, b.trail]);
const paragraphs = (b: ReturnType<typeof buildFactsSections>) =>
  Object.fromEntries(reportOf(b).sections.flatMap((s) => s.blocks).map((p) => [p.key, generatedText(p as ParagraphBlock)]));

describe('the management facts paragraphs of 二（三）（四）（五）', () => {
  it('print seed 000\'s 2024 paragraphs from its facts (二（三）lines 2, 3, 5–8; 二（四）first clause; 二（五）second sentence)', () => {
    const built = buildFactsSections(input(seedFacts()), {});
    expect(built.lead.sections.map((s) => [s.key, s.number + s.title])).toEqual([
      ['2', '二、环境管理情况'],
      ['2.3', '（三）水环境管理'],
      ['2.4', '（四）大气环境管理'],
    ]);
    expect(built.lead.sections[1]!.blocks.map((b) => b.key)).toEqual([FACTS_PARAGRAPH_KEYS.plants, FACTS_PARAGRAPH_KEYS.wastewater]);
    expect(built.afterEmissions.sections.map((s) => s.key)).toEqual(['2', '2.3']);
    expect(built.afterEmissions.figures).toEqual({});
    expect(built.trail.sections.map((s) => s.key)).toEqual(['2', '2.5']);
    expect(paragraphs(built)).toEqual({
      [FACTS_PARAGRAPH_KEYS.plants]:
        '园区配套集中污水处理设施1个，园区污水管网覆盖率为100%，园区雨水管网覆盖率为100%，园区污水收集率为100%。集中污水处理设施名称为归阳镇污水处理厂，设计处理规模一期10000m³/d，实际处理规模4000m³/d，污水处理工艺为A/A/C氧化沟工艺，在线监测达标率100%，污水处理厂入河排污口论证报告已编制完成，取得市环保局批复。',
      [FACTS_PARAGRAPH_KEYS.wastewater]:
        '园区内涉及工业废水外排企业数量8个，工业废水总排放量2778m³/d，外排污水纳管企业数量8个，污水集中处理比例100%（按外排水量计），园区内不涉及一类污染物排放企业，无在线监测企业。',
      // The seed has a stray space in "监测达标率 100%".
      [FACTS_PARAGRAPH_KEYS.controlSection]: '排污口下游最近的地表水水质管控断面名称管山村断面，水功能区划（GB3838-2002）Ⅱ类，监测达标率100%，无超标因子。',
      [FACTS_PARAGRAPH_KEYS.groundwater]: '园区周边居民饮水均为市政自来水，故园区未进行“双源”地下水监测。',
      [FACTS_PARAGRAPH_KEYS.blackOdorous]: '目前园区内涉黑臭水体数量0个，已完成整治0个。未开工的0个，修复中的0个。',
      [FACTS_PARAGRAPH_KEYS.assessment]: '园区依托城镇污水处理厂企业污水排放评估报告，已经通过评审并批复。',
      [FACTS_PARAGRAPH_KEYS.wasteGas]: '园区内涉及工业废气外排企业数量9个。',
      [FACTS_PARAGRAPH_KEYS.soil]: '辖区内无污染地块，无土壤污染管控重点企业。',
    });
  });

  it('gives every figure its provenance: entered by whom and when, from the facts record', () => {
    const built = buildFactsSections(input(seedFacts()), {});
    const design = built.lead.figures['facts.plant.1.designCapacity']!;
    expect(design).toMatchObject({ value: '10000', unit: 'm³/d', label: '归阳镇污水处理厂设计处理规模' });
    expect(design.provenance).toEqual({ kind: 'entered', source: '环境管理情况：水环境', records: [RECORD], by: 'officer', at: '2025-01-10T02:00:00.000Z' });
    expect(built.lead.figures['facts.plant.1.actualCapacity']!.value).toBe('4000');
    expect(built.lead.figures['facts.water.wastewaterEnterprises']).toMatchObject({ value: '8', unit: '个', aggregate: 'value' });
    expect(built.trail.figures['facts.soil.contaminatedPlots']).toMatchObject({ value: '0' });
    expect(Object.keys(built.trail.figures).every((id) => id.startsWith('facts.soil.'))).toBe(true);
    // The count-0 clauses print no number but the paragraph speaks of them.
    const wastewater = built.lead.sections[1]!.blocks[1] as ParagraphBlock;
    expect(wastewater.figureIds).toContain('facts.water.classOneEnterprises');
    expect(built.lead.relations).toEqual([
      { kind: 'sum', id: 'facts.blackOdorous', description: '涉黑臭水体数量 = 已完成整治 + 未开工 + 修复中', whole: 'facts.blackOdorous.total', parts: ['facts.blackOdorous.remediated', 'facts.blackOdorous.notStarted', 'facts.blackOdorous.inProgress'] },
    ]);
  });

  it('counts discharging enterprises from the emission ledger where it has enterprise rows, keeping the entered count beside', () => {
    const ledger: RecordRef[] = [
      { entity: 'enterprise', id: 1, label: '企业甲' },
      { entity: 'enterprise', id: 2, label: '企业乙' },
    ];
    const built = buildFactsSections(input(seedFacts(), { ledger: { wastewaterEnterprises: ledger, wasteGasEnterprises: null } }), {});
    const printed = built.lead.figures['facts.water.wastewaterEnterprises']!;
    expect(printed).toMatchObject({ value: '2', aggregate: 'count', provenance: { kind: 'rule', rule: 'facts.ledger.wastewaterEnterprises', records: ledger } });
    expect(built.lead.figures['facts.water.wastewaterEnterprises.entered']!.value).toBe('8');
    expect(paragraphs(built)[FACTS_PARAGRAPH_KEYS.wastewater]).toMatch(/^园区内涉及工业废水外排企业数量2个，/);
    // Waste gas: no ledger rows, the entered 9 stands.
    expect(built.lead.figures['facts.air.wasteGasEnterprises']!.provenance.kind).toBe('entered');
  });

  it('leaves out what is not entered, words counts above 0 and exceeding factors, and marks carried-over facts', () => {
    const f = seedFacts();
    f.water.sewerCoveragePercent = null;
    f.water.plants[0]!.designPhase = null;
    f.water.plants.push({ name: '园区工业污水处理厂', kind: 'own', designPhase: null, designCapacityM3PerDay: '3000', actualCapacityM3PerDay: null, process: null, onlineCompliancePercent: null, outfallApproval: null });
    f.water.classOnePollutantEnterprises = 2;
    f.water.onlineMonitoringEnterprises = 3;
    f.water.controlSection.exceedingFactors = ['总磷', '氨氮'];
    f.water.dualSourceGroundwater = null;
    f.water.blackOdorous = { total: 1, remediated: null, notStarted: null, inProgress: null };
    f.air.wasteGasEnterprises = null;
    f.soil = { contaminatedPlots: 1, soilKeyEnterprises: 2 };
    const built = buildFactsSections(input(f, { carriedFromYear: 2023 }), {});
    const text = paragraphs(built);
    expect(text[FACTS_PARAGRAPH_KEYS.plants]).toBe(
      '园区配套集中污水处理设施1个，园区雨水管网覆盖率为100%，园区污水收集率为100%。集中污水处理设施名称为归阳镇污水处理厂，设计处理规模10000m³/d，实际处理规模4000m³/d，污水处理工艺为A/A/C氧化沟工艺，在线监测达标率100%，污水处理厂入河排污口论证报告已编制完成，取得市环保局批复。集中污水处理设施名称为园区工业污水处理厂，设计处理规模3000m³/d。',
    );
    expect(built.lead.figures['facts.plant.2.designCapacity']!.value).toBe('3000');
    expect(text[FACTS_PARAGRAPH_KEYS.wastewater]).toContain('园区内涉及一类污染物排放企业数量2个，在线监测企业数量3个。');
    expect(text[FACTS_PARAGRAPH_KEYS.controlSection]).toContain('监测达标率100%，超标因子为总磷、氨氮。');
    expect(text[FACTS_PARAGRAPH_KEYS.groundwater]).toBeUndefined();
    expect(text[FACTS_PARAGRAPH_KEYS.blackOdorous]).toBe('目前园区内涉黑臭水体数量1个。');
    expect(built.lead.relations).toEqual([]);
    expect(text[FACTS_PARAGRAPH_KEYS.wasteGas]).toBeUndefined();
    expect(built.lead.sections.map((s) => s.key)).toEqual(['2', '2.3']);
    expect(text[FACTS_PARAGRAPH_KEYS.soil]).toBe('辖区内污染地块1个，土壤污染管控重点企业2个。');
    expect(built.trail.figures['facts.soil.keyEnterprises']!.provenance).toMatchObject({ source: '环境管理情况：土壤环境（沿用2023年，尚未确认）' });
  });

  it('prints edited text by key, and builds nothing for a year without facts', () => {
    const edited = { text: '辖区内无污染地块。', by: 'officer', at: null };
    const built = buildFactsSections(input(seedFacts()), { [FACTS_PARAGRAPH_KEYS.soil]: edited });
    const soil = built.trail.sections[1]!.blocks[0] as ParagraphBlock;
    expect(printedText(soil)).toBe('辖区内无污染地块。');
    const empty = { sections: [], figures: {}, relations: [] };
    expect(buildFactsSections(undefined, {})).toEqual({ lead: empty, afterEmissions: empty, trail: empty });
  });

  it('reads seed 000\'s own paragraphs, written in as edited text, as agreeing with the figures; a changed number is found', () => {
    const seedText: Record<string, string> = {
      [FACTS_PARAGRAPH_KEYS.plants]:
        '园区配套集中污水处理设施1个，园区污水管网覆盖率为100%，园区雨水管网覆盖率为100%，园区污水收集率为100%。集中污水处理设施名称为归阳镇污水处理厂，设计处理规模一期10000m³/d，实际处理规模4000m³/d，污水处理工艺为A/A/C氧化沟工艺，在线监测达标率100%，污水处理厂入河排污口论证报告已编制完成，取得市环保局批复。  ',
      [FACTS_PARAGRAPH_KEYS.wastewater]:
        '园区内涉及工业废水外排企业数量8个，工业废水总排放量2778m³/d，外排污水纳管企业数量8个，污水集中处理比例100%（按外排水量计），园区内不涉及一类污染物排放企业，无在线监测企业。',
      [FACTS_PARAGRAPH_KEYS.controlSection]: '排污口下游最近的地表水水质管控断面名称管山村断面，水功能区划（GB3838-2002）Ⅱ类，监测达标率 100%，无超标因子。',
      [FACTS_PARAGRAPH_KEYS.blackOdorous]: '目前园区内涉黑臭水体数量0个，已完成整治0个。未开工的0个，修复中的0个。',
      [FACTS_PARAGRAPH_KEYS.wasteGas]: '园区内涉及工业废气外排企业数量9个，上级环保部门及园区自行检测大气质量监测达标率100%，无超标因子，最大超标倍数0倍。',
      [FACTS_PARAGRAPH_KEYS.soil]: '辖区内无污染地块，无土壤污染管控重点企业。',
    };
    const findings = (texts: Record<string, string>) => {
      const edited = Object.fromEntries(Object.entries(texts).map(([k, text]) => [k, { text, by: 'officer', at: null }]));
      const report = reportOf(buildFactsSections(input(seedFacts()), edited));
      return lintReport({ report, enterprises: [] }).filter((f) => f.rule !== 'section.numbers');
    };
    expect(findings(seedText)).toEqual([]);
    const changed = { ...seedText, [FACTS_PARAGRAPH_KEYS.wastewater]: seedText[FACTS_PARAGRAPH_KEYS.wastewater]!.replace('2778', '2878') };
    expect(findings(changed).map((f) => [f.rule, f.message])).toEqual([
      ['edited.figure', '编写的文字“工业废水总排放量2878m³/d”中工业废水总排放量为2878m³/d，平台计算为2778m³/d（环境管理情况：水环境）'],
    ]);
  });
});
