import { describe, expect, it } from 'vitest';
import { seed000Requirements } from '../../../../../test/fixtures/seed000Requirements.js';
import { DEMO_UNIT_CLOSING_2024 } from '../../../../services/demo/qidongRequirements.js';
import { generatedText } from '../../figures.js';
import type { ParagraphBlock, TableBlock } from '../../reportModel.js';
import { buildRequirementSections, requirementKeys, UNIT_CLOSING_KEY, UNIT_LEAD_KEY } from './requirementSections.js';

const PARK = '祁东高新技术产业开发区';
const demo = seed000Requirements;
const build = (requirements = demo(), texts = {}) => buildRequirementSections({ year: 2024, parkName: PARK, requirements, texts });
const cellTexts = (t: TableBlock) => t.rows.map((r) => r.cells.map((c) => c.text));

describe('二（一） tables 1 and 2', () => {
  const s21 = build().sections.find((s) => s.key === '2.1')!;
  const [lead1, table1, lead2, table2] = s21.blocks as [ParagraphBlock, TableBlock, ParagraphBlock, TableBlock];

  it('opens each approval with a paragraph computed from the source, naming its table', () => {
    expect(generatedText(lead1)).toBe('2014年8月，《祁东经济开发区环境影响报告书》获得湖南省环境保护厅批复（湘环评函[2014]89号）。园区规划环评批复落实情况见表1。');
    expect(generatedText(lead2)).toBe('2022年4月8日，《祁东经济开发区环境影响跟踪评价报告书》获得湖南省生态环境厅批复（湘环评函[2022]90号）。园区环境影响跟踪评价报告书批复落实情况见表2。');
    expect(lead1.key).toBe(requirementKeys(1).lead);
  });

  it('prints table 1 with the seed\'s 9 opinions and table 2 with its 7, numbered in order, with the verdicts as written', () => {
    expect(table1.caption).toBe('表1 2014年园区环评审查意见及落实情况表（湘环评函[2014]89号）');
    expect(table1.header).toEqual(['序号', '环评审查意见', '落实情况', '与审查意见符合性']);
    expect(cellTexts(table1).map((r) => r[0])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(cellTexts(table1).map((r) => r[3])).toEqual(Array(9).fill('符合'));
    // Seed 000 table 1 row 9, as printed.
    expect(cellTexts(table1)[8]).toEqual([
      '9',
      '污染物总量控制∶COD≤300t/a、氨氮≤40t/a、S02≤500t/a、NOx≤750t/a，总量指标纳入当地环保部门污染物总量控制管理。',
      '污染物总量：2024年实际排放总量情况（污染物总量：化学需氧量90.59t/a，氨氮1.37t/a、二氧化硫16.35t/a，氮氧化物13.02t/a），园区2024年污染物排放量在总量控制范围以内。',
      '符合',
    ]);
    // Row 2's implementation runs over three lines in the seed.
    expect(cellTexts(table1)[1]![2]!.split('\n')).toHaveLength(3);
    expect(table1.rows[8]!.figureIds).toEqual(['quota.COD', 'emission.2024.COD', 'quota.NH3-N', 'emission.2024.NH3-N', 'quota.SO2', 'emission.2024.SO2', 'quota.NOx', 'emission.2024.NOx']);
    expect(table1.rows[0]!.figureIds).toBeUndefined();
    expect(table2.caption).toBe('表2 2022年园区环境影响跟踪评价报告书批复落实情况表（湘环评函[2022]90号）');
    expect(cellTexts(table2)).toHaveLength(7);
    expect(cellTexts(table2)[6]).toEqual([
      '7',
      '做好园区后续开发过程中生态环境保护。施工期对士石方开挖、堆存及回填要实施围挡、护坡等措施，裸露地及时恢复植被，防止开发建设中的扬尘污染和水土流失',
      '施工期对士石方开挖、堆存及回填实施围挡、护坡等措施，裸露地及时恢复植被，防止开发建设中的扬尘污染和水土流失。',
      '符合',
    ]);
  });

  it('prints edited lead text by key', () => {
    const key = requirementKeys(1).lead;
    const s = build(demo(), { [key]: { text: '园区规划环评批复落实情况见表1。', by: '专员', at: null } }).sections.find((x) => x.key === '2.1')!;
    expect((s.blocks[0] as ParagraphBlock).edited?.text).toBe('园区规划环评批复落实情况见表1。');
  });
});

describe('二（二） tables 4 and 5', () => {
  const s22 = build({ ...demo() }, { [UNIT_CLOSING_KEY]: { text: DEMO_UNIT_CLOSING_2024, by: '专员', at: null } }).sections.find((s) => s.key === '2.2')!;
  const [lead, table4, lead5, table5, closing] = s22.blocks as [ParagraphBlock, TableBlock, ParagraphBlock, TableBlock, ParagraphBlock];

  it('prints the control unit\'s particulars and its 10 requirements by dimension, as the seed lays them out', () => {
    expect(lead.key).toBe(UNIT_LEAD_KEY);
    expect(generatedText(lead)).toBe(
      '根据《湖南省“三线一单”生态环境总体管控要求暨省级以上产业园区生态环境准入清单》等相关文件，明确了祁东高新技术产业开发区“三线一单”生态环境管控要求，见表4。',
    );
    expect(table4.caption).toBe('表4“三线一单”生态环境管控要求');
    expect(table4.header).toHaveLength(11);
    const [unit, subhead, ...dims] = cellTexts(table4);
    expect(unit!.slice(0, 8)).toEqual(['ZH43042620004', '祁东高新技术产业开发区', '湖南省', '衡阳市', '祁东县', '重点管控单元', '核准范围：\n2.4（湘政办函[2000]9号）；\n拓展范围：\n5.99（湘发改函[2015]397号）', '归阳镇\n白鹤街道']);
    expect(unit![10]).toBe('重要敏感目标：园区紧邻归阳镇，园区排污口下游10km无取水口，界外1km范围内无基本农田。\n主要环境问题：无');
    expect(subhead).toEqual(['管控维度', '管控要求']);
    expect(dims.map((d) => d[0])).toEqual(['空间布局约束', '污染物排放管控', '环境风险防控', '资源开发效率要求']);
    expect(dims.map((d) => d[1]!.split('\n').map((l) => l.slice(0, 5)))).toEqual([['（1.1）'], ['（2.1）', '（2.2）', '（2.3）', '（2.4）'], ['（3.1）', '（3.2）'], ['（4.1）', '（4.2）', '（4.3）']]);
    expect(dims[0]![1]).toBe('（1.1）禁止：云鹤工业园禁止引入电子元器件和印刷线路板产业。');
    // Every row spans the 11 columns.
    for (const r of table4.rows) expect(r.cells.reduce((n, c) => n + (c.colSpan ?? 1), 0)).toBe(11);
  });

  it('prints table 5 with 10 rows, 序号 and 管控维度 merged over each dimension, the verdicts as written (是)', () => {
    expect(generatedText(lead5)).toBe('2024年，祁东高新技术产业开发区“三线一单”落地应用情况见表5。');
    expect(table5.caption).toBe('表5 祁东高新技术产业开发区“三线一单”落地应用情况一览表');
    expect(table5.header).toEqual(['序号', '管控维度', '管控要求', '落地应用情况', '是否落实']);
    expect(table5.rows).toHaveLength(10);
    expect(table5.rows.map((r) => r.cells.length)).toEqual([5, 5, 3, 3, 3, 5, 3, 5, 3, 3]);
    expect(table5.rows.map((r) => r.cells[0]!.rowSpan ?? 1).filter((_, i) => [0, 1, 5, 7].includes(i))).toEqual([1, 4, 2, 3]);
    expect(table5.rows.map((r) => r.cells.at(-1)!.text)).toEqual(Array(10).fill('是'));
    expect(table5.rows[0]!.cells.map((c) => c.text)).toEqual(['1', '空间布局约束', '禁止：云鹤工业园禁止引入电子元器件和印刷线路板产业。', '云鹤工业园没有电子元器件和印刷线路板产业。', '是']);
    expect(table5.rows[1]!.cells[3]!.text).toBe('园区严格控制排放总量，总量指标尽量平衡解决，环境质量满足相应环境功能区要求');
    expect(table5.rows[1]!.figureIds).toContain('quota.COD');
  });

  it('closes with the park\'s entered text, and an empty paragraph to write it in when there is none', () => {
    expect(closing.key).toBe(UNIT_CLOSING_KEY);
    expect(closing.content).toEqual([]);
    expect(closing.edited?.text.split('\n')[0]).toBe('污染物排放管控方面：2024年度，园区环保管家对园区所有企业的“一企一档”资料进行了更新，完成了50家企业的环保档案建立和更新。');
    const bare = build().sections.find((s) => s.key === '2.2')!.blocks.at(-1) as ParagraphBlock;
    expect(bare.edited).toBeUndefined();
  });
});

describe('the register\'s counts', () => {
  it('counts 26 requirements, none missing, carried or not met in the seed', () => {
    const { figures } = build();
    expect([figures['requirements.total']!.value, figures['requirements.missing']!.value, figures['requirements.carried']!.value, figures['requirements.notMet']!.value]).toEqual(['26', '0', '0', '0']);
  });

  it('counts a requirement without the year\'s text, a carried one and a 不符合, with their rows\' records', () => {
    const input = demo();
    input.sources[0]!.requirements[2]!.implementation = null;
    input.sources[1]!.requirements[0]!.implementation!.carriedFromYear = 2023;
    input.sources[2]!.requirements[0]!.implementation!.verdict = '否';
    const { figures, sections } = build(input);
    expect(figures['requirements.missing']!.provenance.records).toEqual([{ entity: 'requirement', id: input.sources[0]!.requirements[2]!.id, label: '湘环评函[2014]89号 第3条' }]);
    expect(figures['requirements.carried']!.provenance.records.map((r) => r.label)).toEqual(['湘环评函[2022]90号 第1条的落实情况']);
    expect(figures['requirements.notMet']!.provenance.records.map((r) => r.label)).toEqual(['湖南省“三线一单”生态环境总体管控要求暨省级以上产业园区生态环境准入清单 （1.1）的落实情况']);
    const table1 = sections.find((s) => s.key === '2.1')!.blocks[1] as TableBlock;
    expect(table1.rows[2]!.cells.slice(2).map((c) => c.text)).toEqual(['', '']);
  });

  it('builds nothing for 二（二） without a control unit', () => {
    const input = demo();
    input.sources.pop();
    expect(build(input).sections.map((s) => s.key)).toEqual(['2', '2.1']);
  });
});
