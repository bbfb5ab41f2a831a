import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCHEMES, HUNAN_2024_SCHEME, HUNAN_2024_SCHEME_ID } from './builtInSchemes.js';
import { scoreEvaluation } from './scoreEvaluation.js';

// Seed 000, 二（九）园区信用评价: 湖南省产业园区环保信用自评表, 23 items, 总分：10分 等级 诚信园区.
describe('the built-in Hunan 2024 scheme', () => {
  it('is the one built-in scheme, for Hunan from 2023', () => {
    expect(BUILT_IN_SCHEMES.map((s) => s.id)).toEqual([HUNAN_2024_SCHEME_ID]);
    expect(HUNAN_2024_SCHEME).toMatchObject({ id: 'hunan-2024', version: '1', document: null, regionCode: '430000', years: { from: 2023, to: null }, initialScore: 10 });
  });

  it('has the seed table’s 23 items in order with their 分值', () => {
    const s = HUNAN_2024_SCHEME;
    expect(s.items.map((i) => i.number)).toEqual(Array.from({ length: 23 }, (_, k) => String(k + 1)));
    // 分值 column of the seed, item 17 printing 直接评为环保风险园区.
    const printed = ['-1', '-1', '-1', '-1', '-2', '-1', '-1', '-1', '-2', '-1', '-1', '+1', '-1', '-2', '-2', '-4', '直接评为环保风险园区', '+1', '+2', '-1', '-1', '0', '0'];
    expect(s.items.map((i) => (i.effect.kind === 'setsGrade' ? `直接评为${i.effect.grade}` : i.effect.points > 0 ? `+${i.effect.points}` : String(i.effect.points)))).toEqual(printed);
  });

  it('fills the merged indicator cells down and keeps criteria verbatim', () => {
    const byNo = new Map(HUNAN_2024_SCHEME.items.map((i) => [i.number, i]));
    expect(byNo.get('3')).toMatchObject({ level1: '环境准入', level2: '规划环评', criterion: '化工园区认定后因生态环境保护工作不达标导致复核不合格或被摘牌。' });
    expect(byNo.get('11')).toMatchObject({ level1: '环境监管', level2: '监管能力' });
    expect(byNo.get('12')).toMatchObject({ level2: '环境信息管理', criterion: '产业园区建成较完善环境监测体系，并按要求将数据与省监管平台联网', topic: 'monitoringNetwork' });
    expect(byNo.get('17')?.criterion).toBe(
      '产业园区因发生突出生态环境问题被中央层面约谈、典型案例曝光、区域限批、移交问责等情况或发生重、特大突发环境事件或生态破坏事件。产业园区存在出台“土政策”或以其他方式干扰执法，妨碍生态环境部门依法查处环境违法问题的行为，情节严重或者造成严重后果的。',
    );
    expect(byNo.get('19')).toMatchObject({ level1: '绿色发展', level2: '创新与示范', topic: 'honours' });
    expect(byNo.get('22')).toMatchObject({ level1: '其他', level2: '/' });
    expect(byNo.get('23')).toMatchObject({ level1: '其他', level2: '/', criterion: '产业园区连续两年被评为环保诚信园区。' });
    expect(HUNAN_2024_SCHEME.items.filter((i) => i.topic !== undefined).map((i) => [i.number, i.topic])).toEqual([
      ['4', 'eiaPermit'],
      ['9', 'selfMonitoring'],
      ['11', 'quota'],
      ['12', 'monitoringNetwork'],
      ['19', 'honours'],
    ]);
  });

  it('scores the seed’s table (every 自评分 0) as the seed totals it: 10, 诚信', () => {
    const scores = HUNAN_2024_SCHEME.items.map((i) => ({ number: i.number, score: 0, comment: null, evidence: [] }));
    expect(scoreEvaluation(HUNAN_2024_SCHEME, scores)).toMatchObject({ total: 10, grade: '环保诚信园区', gradeSetBy: null });
  });

  it('lists every guess', () => {
    expect(HUNAN_2024_SCHEME.unconfirmed.join('\n')).toMatch(/初始分10分/);
    expect(HUNAN_2024_SCHEME.unconfirmed.join('\n')).toMatch(/最高分12分/);
    expect(HUNAN_2024_SCHEME.unconfirmed.join('\n')).toMatch(/等级分数线/);
    expect(HUNAN_2024_SCHEME.unconfirmed.join('\n')).toMatch(/第22、23项/);
  });
});
