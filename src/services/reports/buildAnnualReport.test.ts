import { describe, expect, it } from 'vitest';
import { SEED_MONITORING, SEED_STATIONS } from '../../../test/fixtures/seed000Monitoring.js';
import { lintReport } from '../../domain/report/lint/index.js';
import type { ParagraphBlock } from '../../domain/report/reportModel.js';
import type { SectionInput } from '../../domain/report/sections/profileSection.js';
import { readDocx } from '../../render/docx/readDocx.js';
import { renderReportDocx } from '../../render/docx/renderReportDocx.js';
import { annualReportFromData } from './buildAnnualReport.js';

const data: SectionInput = {
  year: 2024,
  park: {
    id: 1,
    code: 'S437012',
    name: '祁东高新技术产业开发区',
    level: '省级',
    location: null,
    divisionName: null,
    leadingIndustries: [],
    approvedAreaKm2: null,
    extendedAreaKm2: null,
    extensionDocument: null,
    history: null,
    approvals: [],
    yearlyFigures: [],
    lastChange: null,
  },
  enterprises: [],
  texts: {},
};
const narrative = { text: '（二）引进“环保管家”，积极探索园区第三方治理经验。', by: '专员', at: '2025-01-10T08:00:00Z' };

describe('annualReportFromData with monitoring', () => {
  it('leaves the monitoring sections out while the data has none', () => {
    expect(annualReportFromData(data).sections.map((s) => s.key)).toEqual(['1']);
  });

  it('puts the monitoring parts in report order and opens chapter 三 with the air quality before the park’s text', () => {
    const doc = annualReportFromData({ ...data, monitoring: SEED_MONITORING, texts: { '3': narrative } });
    expect(doc.sections.map((s) => `${s.number}${s.title}`)).toEqual([
      '一、园区概况',
      '二、环境管理情况',
      '（一）规划环评批复要求落实情况',
      '（三）水环境管理',
      '（四）大气环境管理',
      '（五）土壤环境管理',
      '三、园区环保工作成效、主要措施做法',
    ]);
    expect(doc.sections.at(-1)!.blocks.map((b) => b.key)).toEqual(['3.airQuality', '3']);
    expect(doc.sections[2]!.blocks.map((b) => b.key)).toEqual(['2.1.monitoringPlan', 'monitoringPlan', '2.1.monitoringResults']);
  });

  it('takes edited text for a generated monitoring paragraph', () => {
    const edited = { text: '2024年度土壤环境质量监测达标率100%，无土壤超标因子。', by: '专员', at: null };
    const doc = annualReportFromData({ ...data, monitoring: SEED_MONITORING, texts: { '2.5.soil': edited } });
    expect((doc.sections.find((s) => s.key === '2.5')!.blocks[0] as ParagraphBlock).edited).toEqual(edited);
  });

  it('reports nothing on the generated text, and what the seed’s own sentences get wrong when typed in', () => {
    const clean = annualReportFromData({ ...data, monitoring: SEED_MONITORING });
    // Without requirement registers there is no （二）“三线一单”: the report says it leaves it out, so （一） then （三） is no finding.
    expect(clean.leftOut).toContain('2.2');
    expect(lintReport({ report: clean, enterprises: [] })).toEqual([]);

    // Seed 000 二（四）, typed as printed: its stations have exceedance days (rates 94.59–96.13%).
    const texts = {
      '2.4.airStations': { text: '园区已建成微型空气质量监测与预警系统，监测因子包括SO2、NOx、CO、O3、PM10、PM2.5等6项常规因子，无超标现象。', by: '专员', at: null },
    };
    const typed = lintReport({ report: annualReportFromData({ ...data, monitoring: SEED_MONITORING, texts }), enterprises: [] });
    expect(typed.map((f) => [f.rule, f.message])).toEqual([
      ['monitoring.allComply', '编写的文字“园区已建成微型空气质量监测与预警系统，监测因子包括SO2、NOx、CO、O3、PM10、PM2.5等6项常规因子，无超标…”说“无超标”，但空气质量监测站超标天数为50天'],
    ]);
  });

  it('reads seed 000 二（四）\'s air sentence typed as printed against the stations\' figures', () => {
    const text = '园区内涉及工业废气外排企业数量9个，上级环保部门及园区自行检测大气质量监测达标率100%，无超标因子，最大超标倍数0倍。';
    const found = lintReport({ report: annualReportFromData({ ...data, monitoring: SEED_MONITORING, texts: { '2.4.airQuality': { text, by: '专员', at: null } } }), enterprises: [] });
    // (1016 + 2) / (1066 + 2) = 0.95318… → 95.3%; PM2.5 (120 − 75)/75 = 0.600 at 美皇制衣.
    expect(found.map((f) => [f.rule, f.message.replace(/^编写的文字“[^”]*”/, '')])).toEqual([
      ['edited.figure', '中大气质量监测达标率为100%，平台计算为95.3%（（监测站达标天数 + 环境空气达标样品数）/（有效监测天数 + 评价样品数））'],
      ['edited.figure', '中大气质量最大超标倍数为0倍，平台计算为0.600倍（监测站各因子与环境空气各项目超标倍数的最大值（PM2.5最大超标倍数））'],
      ['monitoring.allComply', '说“达标率100%”，但空气质量监测站超标天数为50天'],
    ]);
  });

  it('reads seed 000 三（一） typed as printed: last year\'s values listed after this year\'s, and 均有明显改善 said of SO2 12 → 12', () => {
    const text =
      '本年度截止12月31日，累计空气质量优良天数330天，优良率90.2%；PM2.5累计均值浓度57μg/m3；PM10累计均值浓度98μg/m3；O3累计均值浓度22μg/m3；' +
      'NO2累积均值浓度20μg/m3；SO2累积均值浓度12μg/m3；CO累积均值浓度0.748mg/m3；2023年数据为：PM2.5累计均值浓度45μg/m3；PM10累计均值浓度82μg/m3；' +
      'O3累计均值浓度63μg/m3；NO2累积均值浓度30μg/m3；SO2累积均值浓度12μg/m3；CO累积均值浓度1.831mg/m3；各项数据除PM2.5、PM10外与2023年相比均有明显改善。';
    const texts = { '3.airQuality': { text, by: '专员', at: null } };
    const found = lintReport({ report: annualReportFromData({ ...data, monitoring: SEED_MONITORING, texts }), enterprises: [] });
    expect(found.map((f) => [f.rule, f.message.replace(/^.*”说/, '')])).toEqual([
      ['comparison.words', '“明显改善”，但2024年SO2累计均值浓度由2023年的12变为12μg/m³，是持平'],
    ]);
    // 330 good days of 365 would not give the 90.2% printed.
    const short = { ...SEED_MONITORING.regionalAir!, current: { ...SEED_MONITORING.regionalAir!.current, validDays: { value: '365', entered: null } } };
    const rate = lintReport({ report: annualReportFromData({ ...data, monitoring: { ...SEED_MONITORING, regionalAir: short }, texts }), enterprises: [] });
    expect(rate.filter((f) => f.rule === 'rate.days').map((f) => f.message)).toEqual([
      '编写的文字“优良率90.2%”中2024年优良率为90.2%，但2024年累计空气质量优良天数330天、2024年有效监测天数365天，比率应为90.4%',
    ]);
  });

  it('renders to .docx with table 3 merged by medium and table 6 with its coordinates', async () => {
    const doc = annualReportFromData({ ...data, monitoring: SEED_MONITORING });
    const content = await readDocx(await renderReportDocx(doc));
    expect(content.paragraphs).toContain('表3 祁东高新技术产业开发区环境质量监测计划及落实情况');
    expect(content.paragraphs).toContain('2024年度土壤环境质量监测达标率100.0%，无土壤超标因子。');
    const [, plan, stations] = content.tables;
    expect(plan!.rows[0]!.cells.map((c) => c.text)).toEqual(['监测对象', '监测点位', '监测项目', '监测频次', '执行标准', '落实情况']);
    expect(plan!.rows.slice(1, 4).map((r) => [r.cells[0]!.text, r.cells[0]!.vMerge])).toEqual([
      ['环境空气', 'restart'],
      ['', 'continue'],
      ['', 'continue'],
    ]);
    expect(stations!.rows.slice(1).map((r) => r.cells.slice(1, 5).map((c) => c.text))).toEqual(
      SEED_STATIONS.map((s, i) => [s.record.label, ['112°12′58″', '112°11′56″', '112°12′18″'][i], ['26°34′9″', '26°33′32″', '26°34′15″'][i], ['96.13%', '95.18%', '94.59%'][i]]),
    );
  });
});
