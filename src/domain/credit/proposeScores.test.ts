import { describe, expect, it } from 'vitest';
import { HUNAN_2024_SCHEME } from './builtInSchemes.js';
import { NO_TOPIC_REASON, proposeScores } from './proposeScores.js';
import type { CreditFacts, ItemProposal } from './types.js';

const of = (facts: CreditFacts, number: string): ItemProposal => {
  const p = proposeScores(HUNAN_2024_SCHEME, facts).find((x) => x.number === number);
  if (p === undefined) throw new Error(`no proposal for ${number}`);
  return p;
};

// Seed 000: 祁东高新技术产业开发区获得2024年度全省绿色制造体系示范单位名称 (二（八）); three micro-stations and a
// platform (二（五）). Its table scored both items 0.
const SEED_FACTS: CreditFacts = {
  year: 2024,
  honours: [{ id: 1, title: '2024年度全省绿色制造体系示范单位', level: 'provincial', awardedOn: null }],
  connectedStations: [
    { id: 11, name: '微型站1', kind: '空气微站' },
    { id: 12, name: '微型站2', kind: '空气微站' },
    { id: 13, name: '微型站3', kind: '空气微站' },
  ],
};

describe('proposeScores', () => {
  it('one proposal per item, in order; items without a topic are unseen', () => {
    const all = proposeScores(HUNAN_2024_SCHEME, { year: 2024 });
    expect(all.map((p) => p.number)).toEqual(HUNAN_2024_SCHEME.items.map((i) => i.number));
    expect(all.every((p) => p.status === 'unseen' && p.score === null)).toBe(true);
    expect(all.find((p) => p.number === '1')?.reason).toBe(NO_TOPIC_REASON);
    expect(all.find((p) => p.number === '19')?.reason).toBe('平台尚无园区荣誉记录');
  });

  it('finds the seed’s two missed awards: +1 on item 12 and +2 on item 19', () => {
    const p19 = of(SEED_FACTS, '19');
    expect(p19).toMatchObject({ status: 'proposed', score: 2 });
    expect(p19.reason).toContain('2024年度全省绿色制造体系示范单位（省级）');
    expect(p19.records).toEqual([{ label: '2024年度全省绿色制造体系示范单位（省级）', entity: 'parkHonour', id: 1 }]);
    const p12 = of(SEED_FACTS, '12');
    expect(p12).toMatchObject({ status: 'proposed', score: 1 });
    expect(p12.reason).toContain('3个监测站点向本平台发送数据');
    expect(p12.reason).toContain('口径未经确认');
    expect(p12.records.map((r) => [r.entity, r.id])).toEqual([['station', 11], ['station', 12], ['station', 13]]);
  });

  describe('honours', () => {
    it('a municipal honour, or a provincial one of another year, earns nothing and is listed', () => {
      const p = of({ year: 2024, honours: [{ id: 2, title: '市级生态文明示范单位', level: 'municipal', awardedOn: '2024-05-01' }, { id: 3, title: '省级示范园区', level: 'provincial', awardedOn: '2023-12-30' }] }, '19');
      expect(p).toMatchObject({ status: 'proposed', score: 0 });
      expect(p.reason).toContain('市级生态文明示范单位（市级，2024-05-01）');
      expect(p.reason).not.toContain('省级示范园区');
      expect(p.records).toEqual([{ label: '市级生态文明示范单位（市级，2024-05-01）', entity: 'parkHonour', id: 2 }]);
    });
    it('a national honour dated in the year earns the points; no honours at all earns 0', () => {
      expect(of({ year: 2024, honours: [{ id: 4, title: '国家生态工业示范园区', level: 'national', awardedOn: '2024-11-02' }] }, '19').score).toBe(2);
      expect(of({ year: 2024, honours: [] }, '19')).toMatchObject({ status: 'proposed', score: 0, reason: '平台记录的2024年度园区荣誉为空' });
    });
  });

  describe('monitoringNetwork', () => {
    it('no station sending data: 0; unknown: unseen', () => {
      expect(of({ year: 2024, connectedStations: [] }, '12')).toMatchObject({ status: 'proposed', score: 0 });
      expect(of({ year: 2024 }, '12')).toMatchObject({ status: 'unseen', score: null });
    });
  });

  describe('eiaPermit', () => {
    it('an enterprise without EIA or permit: −1, naming them once each', () => {
      const p = of({ year: 2024, enterprisesWithoutEia: [{ id: 5, name: '甲公司' }], enterprisesWithoutPermit: [{ id: 5, name: '甲公司' }, { id: 6, name: '乙公司' }] }, '4');
      expect(p).toMatchObject({ status: 'proposed', score: -1 });
      expect(p.reason).toBe('一企一档中有企业未依法开展环境影响评价：甲公司；未按要求申领排污许可证：甲公司、乙公司');
      expect(p.records.map((r) => r.id)).toEqual([5, 6]);
    });
    it('none: 0; half the records unknown and none found: unseen', () => {
      expect(of({ year: 2024, enterprisesWithoutEia: [], enterprisesWithoutPermit: [] }, '4')).toMatchObject({ status: 'proposed', score: 0 });
      expect(of({ year: 2024, enterprisesWithoutPermit: [] }, '4')).toMatchObject({ status: 'unseen' });
      expect(of({ year: 2024, enterprisesWithoutPermit: [{ id: 6, name: '乙公司' }] }, '4')).toMatchObject({ status: 'proposed', score: -1 });
      expect(of({ year: 2024 }, '4')).toMatchObject({ status: 'unseen', reason: '平台尚无企业环评与排污许可记录' });
    });
  });

  describe('quota', () => {
    it('a pollutant over quota: −1 naming it; none: 0', () => {
      const p = of({ year: 2024, pollutantsOverQuota: [{ key: 'COD', name: '化学需氧量', emitted: '90.59', quota: '80' }] }, '11');
      expect(p).toMatchObject({ status: 'proposed', score: -1 });
      expect(p.reason).toContain('化学需氧量排放90.59t/a，指标80t/a');
      expect(p.records).toEqual([{ label: '化学需氧量', entity: 'pollutantQuota', id: 'COD' }]);
      expect(of({ year: 2024, pollutantsOverQuota: [] }, '11')).toMatchObject({ status: 'proposed', score: 0 });
    });
  });

  describe('selfMonitoring', () => {
    it('plan items not carried out: −2 naming them; all carried out: 0; no plan: unseen', () => {
      const p = of({ year: 2024, selfMonitoring: { planned: 5, implemented: 4, notImplemented: [{ id: 9, label: '地下水 GW1' }] } }, '9');
      expect(p).toMatchObject({ status: 'proposed', score: -2 });
      expect(p.reason).toBe('2024年度自行监测计划5项中有1项未开展：地下水 GW1');
      expect(p.records).toEqual([{ label: '地下水 GW1', entity: 'monitoringPlanItem', id: 9 }]);
      expect(of({ year: 2024, selfMonitoring: { planned: 5, implemented: 5, notImplemented: [] } }, '9')).toMatchObject({ status: 'proposed', score: 0 });
      expect(of({ year: 2024, selfMonitoring: { planned: 0, implemented: 0, notImplemented: [] } }, '9')).toMatchObject({ status: 'unseen' });
    });
  });
});
