import { describe, expect, it } from 'vitest';
import { seed000QuotaInput } from '../../../../../test/fixtures/seed000Quotas.js';
import { documentOf } from '../../../../../test/helpers/reportDocument.js';
import type { ParagraphBlock, ReportDocument } from '../../reportModel.js';
import { buildQuotaSections } from '../../sections/registers/quotaSections.js';
import { quotaWithinText } from './quotaWithinText.js';

function report(totals2024: Record<string, string>, edited?: string): ReportDocument {
  const build = buildQuotaSections({ year: 2024, quotas: seed000QuotaInput({ 2024: totals2024 }), texts: edited ? { '1.quota': { text: edited, by: '专员', at: null } } : {} });
  return { ...documentOf('测试', [], build.sections), figures: build.figures };
}
const check = (doc: ReportDocument) => quotaWithinText.check({ report: doc, enterprises: [] });
const SEED = { COD: '90.59', 'NH3-N': '1.37', SO2: '16.35', NOx: '13.02' };
const OVER = { ...SEED, COD: '312.5' };

describe('quota.withinText', () => {
  it('is silent on the generated paragraph, within or over', () => {
    expect(check(report(SEED))).toEqual([]);
    expect(check(report(OVER))).toEqual([]);
  });

  it('finds text saying 在总量控制范围以内 while COD exceeds its quota', () => {
    const [f, ...rest] = check(report(OVER, '园区主要污染物总量控制指标：化学需氧量300t/a。园区2024年污染物排放量在总量控制范围以内。'));
    expect(rest).toEqual([]);
    expect(f!.message).toBe('编写的文字“园区2024年污染物排放量在总量控制范围以内”说“在总量控制范围以内”，但2024年化学需氧量排放总量312.5t/a超过化学需氧量总量控制指标300t/a');
    expect(f!.where.blockKey).toBe('1.quota');
    expect(f!.links[0]).toMatchObject({ entity: 'reportText', id: '1.quota' });
    expect(check(report(OVER, '各污染物排放量均未超过总量控制指标。'))).toHaveLength(1);
  });

  it('finds text saying 超出 while every total is within, and reads 未超过 as within', () => {
    const [f] = check(report(SEED, '园区2024年化学需氧量排放量超出总量控制指标。'));
    expect(f!.message).toBe('编写的文字“园区2024年化学需氧量排放量超出总量控制指标”说“超出总量”，但2024年各污染物排放总量均未超过总量控制指标');
    expect(check(report(SEED, '园区2024年污染物排放量未超过总量控制指标。'))).toEqual([]);
  });

  it('says nothing without quotas', () => {
    const doc = report(SEED, '排放量超出总量控制指标。');
    expect(check({ ...doc, figures: Object.fromEntries(Object.entries(doc.figures).filter(([k]) => !k.startsWith('quota.'))) })).toEqual([]);
    expect((doc.sections[0]!.blocks[0] as ParagraphBlock).key).toBe('1.quota');
  });
});
