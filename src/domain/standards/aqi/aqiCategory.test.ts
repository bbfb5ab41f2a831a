import { describe, expect, it } from 'vitest';
import { StandardInputError } from '../StandardInputError.js';
import { aqiCategory } from './aqiCategory.js';

// standards.md §1.6.
describe('aqiCategory — boundaries', () => {
  it.each([
    [0, '一级', '优', '#00E400'],
    [50, '一级', '优', '#00E400'],
    [51, '二级', '良', '#FFFF00'],
    [100, '二级', '良', '#FFFF00'],
    [101, '三级', '轻度污染', '#FF7E00'],
    [150, '三级', '轻度污染', '#FF7E00'],
    [151, '四级', '中度污染', '#FF0000'],
    [200, '四级', '中度污染', '#FF0000'],
    [201, '五级', '重度污染', '#99004C'],
    [300, '五级', '重度污染', '#99004C'],
    [301, '六级', '严重污染', '#7E0023'],
    [500, '六级', '严重污染', '#7E0023'],
  ])('%i → %s %s %s', (aqi, level, name, hex) => {
    expect(aqiCategory(aqi)).toMatchObject({ level, name, hex });
  });

  it('carries colour names, RGB, CMYK and the 2012 health texts', () => {
    expect(aqiCategory(250)).toMatchObject({ colour: '紫色', rgb: [153, 0, 76], cmyk: [10, 100, 40, 30] });
    expect(aqiCategory(20).advice2012).toBe('各类人群可正常活动');
  });

  it.each([-1, 50.5, 501, Number.NaN])('refuses %s', (aqi) => {
    expect(() => aqiCategory(aqi)).toThrow(StandardInputError);
    expect(() => aqiCategory(aqi)).toThrow(`aqi 的值"${aqi}"无效，应为0～500 的整数`);
  });
});
