import { describe, expect, it } from 'vitest';
import { pointLabOptions } from '../../src/services/monitoring/labResultsImport.js';

describe('pointLabOptions: a point’s standard and class as the lab evaluation’s options', () => {
  it.each([
    ['GB3838', 'Ⅲ类', { standard: 'GB3838', targetClass: '3', waterBody: 'river' }],
    ['GB3838', 'II', { standard: 'GB3838', targetClass: '2', waterBody: 'river' }],
    ['GB3838', null, { standard: 'GB3838', targetClass: '3', waterBody: 'river' }],
    ['GB14848', 'Ⅳ类', { standard: 'GB14848', targetClass: '4' }],
    ['GB3096', '4a类', { standard: 'GB3096', targetClass: '4a' }],
    ['GB3096', '2', { standard: 'GB3096', targetClass: '2' }],
    ['GB36600', '第二类用地', { standard: 'GB36600', landClass: '2' }],
    ['GB36600', '一类', { standard: 'GB36600', landClass: '1' }],
    ['GB3096', '2类区', { standard: 'GB3096', targetClass: '2' }],
    // GB 3095: 二级 (二类区) unless the point says 一级; seed 000 表3 writes "Ⅱ类标准".
    ['GB3095', '二级', { standard: 'GB3095', targetClass: '2' }],
    ['GB3095', '一级', { standard: 'GB3095', targetClass: '1' }],
    ['GB3095', '一类区', { standard: 'GB3095', targetClass: '1' }],
    ['GB3095', 'Ⅱ类标准', { standard: 'GB3095', targetClass: '2' }],
    ['GB3095', 'I', { standard: 'GB3095', targetClass: '1' }],
    ['GB3095', '2', { standard: 'GB3095', targetClass: '2' }],
    ['GB3095', null, { standard: 'GB3095', targetClass: '2' }],
  ])('%s %s', (standardCode, standardClass, options) => {
    expect(pointLabOptions({ standardCode, standardClass })).toEqual({ options });
  });

  it.each([
    ['GB3095', '三级', '环境空气功能区类别'],
    ['GB18918', '一级A', 'GB18918'],
    [null, null, '未设执行标准'],
    ['GB3838', '七类', '无法识别'],
    ['GB3096', null, '声环境功能区'],
    ['GB36600', null, '用地类别'],
    ['GB15618', null, '农用地类型'],
  ])('%s %s: not judged, and why', (standardCode, standardClass, why) => {
    const r = pointLabOptions({ standardCode, standardClass });
    expect('note' in r && r.note).toContain(why);
  });
});
