import { describe, expect, it } from 'vitest';
import { documentOf, sectionOf } from '../../../../../test/helpers/reportDocument.js';
import { sectionNumbers, sectionOrdinal } from './sectionNumbers.js';

const s = (number: string, level: 1 | 2 | 3 = 1) => sectionOf(number, number, '标题', [], level);
const check = (...sections: ReturnType<typeof s>[]) => sectionNumbers.check({ report: documentOf('报告', [], sections), enterprises: [] }).map((f) => f.message);

describe('sectionOrdinal', () => {
  it('reads 一、（十二） 二十 and 3.', () => {
    expect(['一、', '（十）', '（十二）', '二十、', '3.', '（九）'].map(sectionOrdinal)).toEqual([1, 10, 12, 20, 3, 9]);
    expect(sectionOrdinal('甲、')).toBeNull();
  });
});

describe('section.numbers', () => {
  it('is silent on 一 二 with （一）（二） restarting under each chapter', () => {
    expect(check(s('一、'), s('（一）', 2), s('（二）', 2), s('二、'), s('（一）', 2), s('1.', 3), s('2.', 3))).toEqual([]);
  });

  it('finds a skipped chapter: 一、 then 三、', () => {
    expect(check(s('一、'), s('三、'), s('四、'))).toEqual(['章节跳号：“三、标题”之前缺少第2章']);
  });

  it("finds the seed's （九） printed twice", () => {
    const parts = ['（一）', '（二）', '（三）', '（四）', '（五）', '（六）', '（七）', '（八）', '（九）', '（九）'].map((n) => s(n, 2));
    expect(check(s('一、'), s('二、'), ...parts)).toEqual(['章节编号重复：“（九）标题”与前面的第9节编号相同']);
  });

  it('is silent on a skip over sections the report leaves out, and finds one over others', () => {
    const keyed = [sectionOf('1', '一、', '甲', []), sectionOf('2', '二、', '乙', []), sectionOf('2.1', '（一）', '丙', [], 2), sectionOf('2.4', '（四）', '丁', [], 2)];
    const run = (leftOut: string[]) => sectionNumbers.check({ report: { ...documentOf('报告', [], keyed), leftOut }, enterprises: [] }).map((f) => f.message);
    expect(run(['2.2', '2.3'])).toEqual([]);
    expect(run(['2.2'])).toEqual(['章节跳号：“（四）丁”之前缺少第3节']);
  });

  it('finds a section that does not start at one', () => {
    expect(check(s('二、'))).toEqual(['章节跳号：“二、标题”之前缺少第1章']);
  });
});
