import { describe, expect, it } from 'vitest';
import { screeningSummary } from './screeningSummary.js';

describe('screeningSummary', () => {
  it('words seed 004: 新引进的22个项目均通过了环保审核', () => {
    expect(screeningSummary(Array(22).fill('pass'))).toEqual({
      screened: 22,
      admitted: 22,
      conditional: 0,
      failed: 0,
      sentence: '新引进的22个项目均通过了环保审核',
    });
  });

  it('counts conditional screenings as admitted and says how many', () => {
    expect(screeningSummary(['pass', 'conditional', 'pass']).sentence).toBe('新引进的3个项目均通过了环保审核（其中1个附条件通过）');
  });

  it('says how many failed and were refused', () => {
    const s = screeningSummary(['pass', 'fail', 'conditional', 'fail']);
    expect([s.admitted, s.failed]).toEqual([2, 2]);
    expect(s.sentence).toBe('审核拟引进项目4个，2个通过了环保审核（其中1个附条件通过），2个未通过、不予入园');
  });

  it('has a sentence for a year without screenings, and refuses an unknown outcome', () => {
    expect(screeningSummary([]).sentence).toBe('本年度无拟引进项目的环保审核');
    expect(() => screeningSummary(['pass', 'ok' as never])).toThrow('outcomes[1] 的值"ok"无效');
  });
});
