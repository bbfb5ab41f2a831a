/**
 * Issues 11 and 12's "done when": the demo park's 2024 report reproduces seed 000's figures wherever the seed agrees
 * with itself, and the lint names the places where it does not. The demo is loaded as `npm start` loads it, with the
 * simulated year of station data that stands behind credit item 12. The expected sentences are seed 000's own (typed
 * from it, not printed by the code); the comparison ignores spaces and treats 、 and ， alike, as the seed mixes both
 * at random (…氨氮1.37t/a、二氧化硫16.35t/a，氮氧化物…).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatedText, printedText } from '../../domain/report/figures.js';
import type { ParagraphBlock, ReportDocument, TableBlock } from '../../domain/report/reportModel.js';
import type { Store } from '../../store/client.js';
import { createDemoStore } from '../../../test/helpers/demoApp.js';
import { systemContext } from '../context.js';
import { buildAndLintAnnualReport } from './lintAnnualReport.js';
import type { LintReport } from './lintReportSchema.js';

const norm = (s: string) => s.replace(/\s+/g, '').replace(/、/g, '，');

/** Sentences of seed 000 that are consistent with the rest of it, by the section that prints them. */
const SEED_SENTENCES: Record<string, string[]> = {
  '1': [
    '园区主要污染物总量控制指标：化学需氧量300t/a，氨氮40t/a，二氧化硫500t/a，氮氧化物 750 t/a。',
    '2024年实际排放总量情况（污染物总量：化学需氧量90.59t/a，氨氮1.37t/a、二氧化硫16.35t/a，氮氧化物13.02t/a），园区2024年污染物排放量在总量控制范围以内。',
  ],
  '2.3': [
    '园区配套集中污水处理设施1个，园区污水管网覆盖率为100%，园区雨水管网覆盖率为100%，园区污水收集率为100%。',
    '集中污水处理设施名称为归阳镇污水处理厂，设计处理规模一期10000m³/d，实际处理规模4000m³/d，污水处理工艺为A/A/C氧化沟工艺，在线监测达标率100%，污水处理厂入河排污口论证报告已编制完成，取得市环保局批复。',
    '园区内涉及工业废水外排企业数量8个，工业废水总排放量2778m³/d，外排污水纳管企业数量8个，污水集中处理比例100%（按外排水量计），园区内不涉及一类污染物排放企业，无在线监测企业。',
    '园区年度水污染物总排放量：化学需氧量90.59t/a，氨氮1.37t/a。',
    '排污口下游最近的地表水水质管控断面名称管山村断面，水功能区划（GB3838-2002）Ⅱ类，监测达标率 100%，无超标因子。',
    '园区周边居民饮水均为市政自来水，故园区未进行“双源”地下水监测。',
    '目前园区内涉黑臭水体数量0个，已完成整治0个。未开工的0个，修复中的0个。',
    '园区依托城镇污水处理厂企业污水排放评估报告，已经通过评审并批复。',
  ],
  '2.4': ['园区内涉及工业废气外排企业数量9个', '大气污染物总排放量：二氧化硫16.35t/a，氮氧化物13.02t/a。'],
  '2.5': ['辖区内无污染地块，无土壤污染管控重点企业。'],
  '2.8': [
    '2023年度园区工业废水中主要污染物总排放量：化学需氧量96.33t/a、氨氮1.44t/a。',
    '2024年度园区工业废水中主要污染物总排放量：化学需氧量90.59t/a，氨氮1.37t/a。',
    '相较于2023年，2024年工业废水中的化学需氧量排放量下降5.96%、氨氮排放量下降4.86%。',
    '2023年度园区工业废气中的主要污染物总排放量：氮氧化物13.88t/a，二氧化硫17.62t/a。',
    '2024年度园区工业废气中的主要污染物总排放量：氮氧化物13.02t/a，二氧化硫16.35t/a。',
  ],
};

describe('the demo park 2024 report against seed 000', () => {
  let store: Store;
  let report: ReportDocument;
  let lint: LintReport;
  const sectionText = (key: string) =>
    norm(
      report.sections
        .find((s) => s.key === key)!
        .blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph')
        .map(printedText)
        .join(''),
    );
  const tables = () => report.sections.flatMap((s) => s.blocks.filter((b): b is TableBlock => b.kind === 'table'));
  const table = (captionStart: string) => tables().find((t) => t.caption.startsWith(captionStart))!;

  beforeAll(async () => {
    store = await createDemoStore('pglite', { users: false, simulatedYear: true });
    ({ report, lint } = await buildAndLintAnnualReport(systemContext(store.db, 'test'), 'S437012', 2024));
  });
  afterAll(() => store.close());

  it.each(Object.entries(SEED_SENTENCES))('section %s prints the seed sentences', (key, sentences) => {
    const text = sectionText(key);
    for (const s of sentences) expect(text).toContain(norm(s));
  });

  it('computes the waste-gas changes of 二（八）as the seed prints them: NOx −6.20 %, SO2 −7.21 %', () => {
    // The seed words them 氮氧化物下降了6.20%、二氧化硫下降了7.21%; the numbers are what must agree.
    expect(sectionText('2.8')).toMatch(/氮氧化物(排放量)?下降了?6\.20%/);
    expect(sectionText('2.8')).toMatch(/二氧化硫(排放量)?下降了?7\.21%/);
  });

  it('computes the waste totals of 二（六）from table 10: 80.6 = 7.05 + 51.40 + 22.15 t/a, hazardous 18.04 entrusted', () => {
    const waste = report.sections.find((s) => s.key === '2.6')!.blocks.find((b): b is ParagraphBlock => b.kind === 'paragraph')!;
    // The seed prints 80.6 and 51.40 alike; the values must agree, the trailing zero is the printing rule's.
    expect(norm(generatedText(waste))).toMatch(/2024年度产生量80\.60?t\/a，其中，自行综合利用7\.05t\/a，自行处置51\.40?t\/a，外委处置22\.15t\/a。/);
    expect(norm(generatedText(waste))).toContain('一般工业固体废物产生企业数量35个');
    expect(norm(generatedText(waste))).toContain('危险废物产生企业数量14个');
    expect(norm(generatedText(waste))).toContain('外委处置18.04t/a');
  });

  it('has the rows of seed tables 1, 2, 5 and 10', () => {
    expect(table('表1 ').rows).toHaveLength(9);
    expect(table('表2 ').rows).toHaveLength(7);
    expect(table('表5').rows).toHaveLength(10);
    // 36 enterprises and the 合计 row.
    expect(table('表10').rows).toHaveLength(37);
    expect(table('表1 ').rows[0]!.cells.at(-1)!.text).toBe('符合');
    expect(table('表5').rows[0]!.cells.at(-1)!.text).toBe('是');
  });

  it('names exactly the places where the seed contradicts itself', () => {
    const found = lint.findings.map((f) => [f.severity, f.rule, f.where.sectionKey, f.message.match(/\d+(\.\d+)?个?|第\d+行/g)?.join(' ')]);
    expect(found).toEqual([
      // 二（六）: producers 36 and 16 in the paragraph, 35 and 14 in table 10; a unit cut to "/a".
      ['error', 'count.table', '2.6', expect.stringContaining('36个')],
      ['error', 'count.table', '2.6', expect.stringContaining('16个')],
      ['error', 'figure.unitFragment', '2.6', expect.stringContaining('18.04')],
      // Two enterprises ticked as on a transfer manifest with no hazardous waste.
      ['warning', 'waste.manifest', '2.6', expect.stringContaining('第9行')],
      // Table 10 names three enterprises otherwise than table 1.3-1 (the enterprise file), in table order.
      ['warning', 'enterprise.names', '2.6', expect.stringContaining('第13行')],
      ['warning', 'waste.manifest', '2.6', expect.stringContaining('第15行')],
      ['warning', 'enterprise.names', '2.6', expect.stringContaining('第26行')],
      ['warning', 'enterprise.names', '2.6', expect.stringContaining('第30行')],
      // 二（九）: the park scored 0 on +1 监测体系联网 while its three stations sent their 2024 data, and 0 on +2 省部级表彰
      // the year it was named 全省绿色制造体系示范单位.
      ['warning', 'credit.proposal', '2.9', expect.stringContaining('第12行')],
      ['warning', 'credit.proposal', '2.9', expect.stringContaining('第19行')],
    ]);
    expect(lint.findings[0]!.message).toContain('35');
    expect(lint.findings[1]!.message).toContain('14');
    // The names as seed 000 writes them: table 10 (lines 1100, 1256, 1304) and table 1.3-1 (lines 90, 351, 225).
    const names = lint.findings.filter((f) => f.rule === 'enterprise.names').map((f) => [...f.message.matchAll(/“([^”]+)”/g)].map((m) => m[1]));
    expect(names).toEqual([
      ['湖南新建汉新材料科技有限公司', '湖南新建汉科技建材有限公司'],
      ['祁东县泰豪食品有限公司', '祁东县泰豪科技发展有限公司'],
      ['祁东晶褀机械有限公司', '祁东晶祺机械有限公司'],
    ]);
  });
});
