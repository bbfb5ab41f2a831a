import { describe, expect, it } from 'vitest';
import { checkParkCode } from './parkCode.js';

describe('checkParkCode', () => {
  it('accepts the seed park: S437012, 省级, in 祁东县 (430426)', () => {
    expect(checkParkCode('S437012', '430426', '省级')).toEqual([]);
    expect(checkParkCode('G433094', '430405', '国家级')).toEqual([]);
  });

  it('refuses a code of another shape', () => {
    expect(checkParkCode('s437012', '430426', '省级')).toEqual(['园区代码应为一个大写字母加6位数字，如 S437012']);
    expect(checkParkCode('S43701', '430426', '省级')).toHaveLength(1);
  });

  it('refuses a province part that is not a province, or not the province of the division', () => {
    expect(checkParkCode('S997012', '430426', '省级')).toEqual(['园区代码第2、3位"99"应为省级行政区划代码，如湖南为43']);
    expect(checkParkCode('S507012', '430426', '省级')).toEqual(['园区代码第2、3位"50"（重庆市）与所在行政区划（湖南省）不符']);
  });

  it('ties G to 国家级 both ways', () => {
    expect(checkParkCode('G437012', '430426', '省级')).toEqual(['园区代码以 G 开头表示国家级园区，园区级别应为国家级']);
    expect(checkParkCode('S437012', '430426', '国家级')).toEqual(['国家级园区的园区代码应以 G 开头']);
  });
});
