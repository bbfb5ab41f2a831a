import { describe, expect, it } from 'vitest';
import { printedText } from '../figures.js';
import { buildNarrativeSections } from './narrativeSections.js';

describe('buildNarrativeSections', () => {
  it('prints each written chapter as entered text, last year\'s marked as carried, and leaves out the unwritten', () => {
    const { sections } = buildNarrativeSections({
      '3': { text: '1. 完成园区监测体系建设。', by: '专员', at: '2025-01-10T08:00:00Z' },
      '5': { text: '加强巡查。', by: '专员', at: '2024-01-08T08:00:00Z', carriedFromYear: 2023 },
      '4': { text: '  ', by: null, at: null },
    });
    expect(sections.map((s) => `${s.number}${s.title}`)).toEqual(['三、园区环保工作成效、主要措施做法', '五、下一步工作计划']);
    const [plan] = sections[1]!.blocks;
    expect(plan).toMatchObject({ kind: 'paragraph', key: '5', content: [], edited: { carriedFromYear: 2023 } });
    expect(plan!.kind === 'paragraph' && printedText(plan)).toBe('加强巡查。');
  });

  it('opens a chapter with its generated paragraphs, before the park\'s text or without it', () => {
    const lead = { kind: 'paragraph' as const, key: '3.airQuality', content: ['本年度截止12月31日，累计空气质量优良天数330天。'] };
    const written = buildNarrativeSections({ '3': { text: '（二）引进“环保管家”。', by: '专员', at: null } }, { '3': [lead] });
    expect(written.sections[0]!.blocks.map((b) => b.key)).toEqual(['3.airQuality', '3']);
    expect(buildNarrativeSections({}, { '3': [lead] }).sections.map((s) => s.blocks.map((b) => b.key))).toEqual([['3.airQuality']]);
  });
});
