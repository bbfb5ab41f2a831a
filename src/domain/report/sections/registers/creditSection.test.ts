import { describe, expect, it } from 'vitest';
import { seed000CreditInput } from '../../../../../test/fixtures/creditSeed000.js';
import { generatedText } from '../../figures.js';
import type { ParagraphBlock, TableBlock } from '../../reportModel.js';
import { buildCreditSection, creditTableCaption, CREDIT_FIGURES } from './creditSection.js';

const build = (input = seed000CreditInput(), texts = {}) => buildCreditSection({ year: 2024, credit: input, texts });
const blocksOf = (b: ReturnType<typeof build>) => {
  const [lead, table] = b.sections[0]!.blocks as [ParagraphBlock, TableBlock];
  return { lead, table };
};

describe('buildCreditSection', () => {
  it('is 二（九）园区信用评价 with the lead naming the scheme, version, total and grade', () => {
    const b = build();
    expect(b.sections.map((s) => [s.key, s.number, s.title])).toEqual([['2.9', '（九）', '园区信用评价']]);
    expect(generatedText(blocksOf(b).lead)).toBe(
      '园区2024年度环保信用自评依据《湖南省产业园区环保信用评价管理办法》（未注明文号，版本1），自评总分10分，等级为环保诚信园区。',
    );
    expect(b.figures[CREDIT_FIGURES.total]).toMatchObject({ value: '10', unit: '', provenance: { kind: 'rule', rule: 'credit.total' } });
    // The items are the total's records: all 23, linking to the year's evaluation.
    const records = (b.figures[CREDIT_FIGURES.total]!.provenance as { records: unknown[] }).records;
    expect(records).toHaveLength(23);
    expect(records[18]).toEqual({ entity: 'creditItemScore', id: '2024:19', label: '信用自评第19项（创新与示范）' });
  });

  it('prints the seed\'s table: caption, header, merged indicators, the points as printed, the entered scores', () => {
    const { table } = blocksOf(build());
    expect(table.caption).toBe('湖南省产业园区环保信用自评表');
    expect(table.header).toEqual(['序号', '一级指标', '二级评价指标', '评价标准', '得分', '自评分']);
    expect(table.rows).toHaveLength(24);
    const texts = table.rows.map((r) => r.cells.map((c) => (c.rowSpan ? `${c.text}*${c.rowSpan}` : c.text)));
    expect(texts[0]).toEqual(['1', '环境准入*3', '规划环评*3', '产业园区未按要求开展规划环评或环境影响跟踪评价。', '-1', '0']);
    expect(texts[1]).toEqual(['2', '产业园区未落实“三线一单”生态环境分区管控等要求。', '-1', '0']);
    // 环境监管 covers items 4–13; 监管能力 items 10–11, 环境信息管理 12–13.
    expect(texts[3]!.slice(0, 3)).toEqual(['4', '环境监管*10', '环保手续落实情况']);
    expect(texts[9]!.slice(0, 2)).toEqual(['10', '监管能力*2']);
    expect(texts[10]![0]).toBe('11');
    expect(texts[11]!.slice(0, 2)).toEqual(['12', '环境信息管理*2']);
    expect(texts[11]!.slice(-2)).toEqual(['+1', '0']);
    expect(texts[13]!.slice(0, 3)).toEqual(['14', '风险防控*4', '环境应急保障能力建设']);
    expect(texts[14]!.slice(0, 2)).toEqual(['15', '环境风险*3']);
    expect(texts[16]!.slice(-2)).toEqual(['直接评为环保风险园区', '0']);
    expect(texts[18]!.slice(0, 2)).toEqual(['19', '创新与示范']);
    expect(texts[18]!.slice(-2)).toEqual(['+2', '0']);
    expect(texts[21]!.slice(0, 3)).toEqual(['22', '其他*2', '/*2']);
    expect(texts[22]!.slice(-2)).toEqual(['0', '0']);
    expect(texts[23]).toEqual(['总分', '10分', '等级：环保诚信园区']);
    // Every row covers the six columns.
    const width = (r: TableBlock['rows'][number]) => r.cells.reduce((n, c) => n + (c.colSpan ?? 1), 0);
    expect(width(table.rows[0]!)).toBe(6);
    expect(width(table.rows[23]!)).toBe(6);
    expect(table.rows[23]!.role).toBeUndefined();
  });

  it('keeps each proposal as an unprinted figure its row lists, with the reason and records', () => {
    const b = build();
    const { table } = blocksOf(b);
    expect(table.rows[18]!.figureIds).toEqual(['credit.item.19.proposal']);
    expect(table.rows[0]!.figureIds).toBeUndefined(); // unseen: nothing to compare
    expect(table.rows[3]!.figureIds).toEqual(['credit.item.4.proposal']);
    expect(b.figures['credit.item.19.proposal']).toMatchObject({
      value: '2',
      provenance: { kind: 'rule', rule: 'credit.proposal', description: '园区2024年获得省级表彰：全省绿色制造体系示范单位', records: [{ entity: 'parkHonour', id: 5, label: '全省绿色制造体系示范单位' }] },
    });
    expect(b.figures['credit.item.19.score']).toMatchObject({ value: '0', provenance: { kind: 'entered', source: '信用自评：自评分' } });
  });

  it('says when the cap cut the total and when an item set the grade', () => {
    // 10 + 1 + 2 = 13 > 12.
    const capped = build(seed000CreditInput({ '12': 1, '19': 2 }, { rawTotal: 13, total: 12 }));
    expect(generatedText(blocksOf(capped).lead)).toBe(
      '园区2024年度环保信用自评依据《湖南省产业园区环保信用评价管理办法》（未注明文号，版本1），自评总分12分（初始分与各项合计13分，超过满分12分，按满分计），等级为环保诚信园区。',
    );
    expect(blocksOf(capped).table.rows[18]!.cells.at(-1)!.text).toBe('2');
    const risk = build(seed000CreditInput({ '17': 1 }, { grade: '环保风险园区', gradeSetBy: '17' }));
    expect(generatedText(blocksOf(risk).lead)).toContain('等级为环保风险园区（第17项直接评定）。');
    expect(blocksOf(risk).table.rows[16]!.cells.at(-1)!.text).toBe('是');
  });

  it('prints the edited lead by its key', () => {
    const b = build(seed000CreditInput(), { '2.9.credit': { text: '自评总分10分。', by: '专员', at: null } });
    expect(blocksOf(b).lead.edited?.text).toBe('自评总分10分。');
  });

  it('names the table after the scheme', () => {
    expect(creditTableCaption({ name: '湖南省产业园区环保信用评价管理办法（试行）' })).toBe('湖南省产业园区环保信用自评表');
    expect(creditTableCaption({ name: '湖南省产业园区环保信用自评表' })).toBe('湖南省产业园区环保信用自评表');
  });
});
