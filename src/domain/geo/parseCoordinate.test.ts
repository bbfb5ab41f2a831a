import { describe, expect, it } from 'vitest';
import { parseCoordinate, type Axis } from './parseCoordinate.js';

const value = (input: string | number, axis: Axis) => {
  const r = parseCoordinate(input, axis);
  if (!r.ok) throw new Error(r.error);
  return r.degrees.toDecimalPlaces(6).toFixed(6);
};
const error = (input: string | number, axis: Axis) => {
  const r = parseCoordinate(input, axis);
  if (r.ok) throw new Error(`accepted ${String(input)}`);
  return r.error;
};

describe('parseCoordinate', () => {
  // Seed 000, table 6 (归阳工业园大气污染防治网格化监测系统点位布设情况表), by hand:
  //   张家岭路 112°12′58″ = 112 + 12/60 + 58/3600 = 112 + 0.2 + 0.0161111… = 112.2161111… → 112.216111
  //            26°34′9″   = 26 + 34/60 + 9/3600   = 26 + 0.5666666… + 0.0025 = 26.5691666… → 26.569167
  //   美皇制衣 112°11′56″ = 112 + 0.1833333… + 0.0155555… = 112.1988888… → 112.198889
  //            26°33′32″  = 26 + 0.55 + 0.0088888… = 26.5588888… → 26.558889
  //   成章学校 112°12′18″ = 112 + 0.2 + 0.005 = 112.205 → 112.205000
  //            26°34′15″  = 26 + 0.5666666… + 0.0041666… = 26.5708333… → 26.570833
  it('reads the seed’s micro-station coordinates as printed', () => {
    expect(value('112°12′58″', 'longitude')).toBe('112.216111');
    expect(value('26°34′9″', 'latitude')).toBe('26.569167');
    expect(value('112°11′56″', 'longitude')).toBe('112.198889');
    expect(value('26°33′32″', 'latitude')).toBe('26.558889');
    expect(value('112°12′18″', 'longitude')).toBe('112.205000');
    expect(value('26°34′15″', 'latitude')).toBe('26.570833');
  });

  it('reads the other ways a report or a keyboard writes the same value', () => {
    for (const typed of [
      "112°12'58\"",
      "112°12'58''",
      '112度12分58秒',
      '112°12’58”',
      '１１２°１２′５８″',
      '１１２度１２分５８秒',
      'E112°12′58″',
      '112°12′58″E',
      '112°12′58″ e',
      '东经112°12′58″',
      '东经 112度12分58秒',
      '112° 12′ 58″',
      '112°12′58',
    ]) {
      expect([typed, value(typed, 'longitude')]).toEqual([typed, '112.216111']);
    }
    expect(value('北纬26°34′9″', 'latitude')).toBe('26.569167');
    expect(value('26°34′9″N', 'latitude')).toBe('26.569167');
  });

  it('reads decimal degrees, degrees with decimal minutes, and whole degrees', () => {
    expect(value('112.2161', 'longitude')).toBe('112.216100');
    expect(value(112.2161, 'longitude')).toBe('112.216100');
    expect(value('１１２．２１６１', 'longitude')).toBe('112.216100');
    expect(value('112.2161°', 'longitude')).toBe('112.216100');
    expect(value('112°12.5′', 'longitude')).toBe('112.208333'); // 12.5/60 = 0.2083333…
    expect(value('112°', 'longitude')).toBe('112.000000');
    expect(value('-3.5', 'latitude')).toBe('-3.500000');
  });

  it('makes west and south negative', () => {
    expect(value('74°0′36″W', 'longitude')).toBe('-74.010000'); // 36/3600 = 0.01
    expect(value('南纬33°52′', 'latitude')).toBe('-33.866667');
  });

  it('refuses 60 minutes or seconds and more, naming the value', () => {
    expect(error('112°61′58″', 'longitude')).toBe('经度“112°61′58″”有误：分应在0至59之间，实际为61');
    expect(error('26°34′60″', 'latitude')).toBe('纬度“26°34′60″”有误：秒应小于60，实际为60');
  });

  it('refuses letters, empty text and values beyond the axis', () => {
    expect(error('abc', 'longitude')).toBe('经度“abc”无法识别，应为度分秒（如 112°12′58″、112度12分58秒）或小数度（如 112.216111）');
    expect(error('112°12′58″x', 'longitude')).toContain('经度“112°12′58″x”无法识别');
    expect(error('', 'latitude')).toMatch(/^纬度不能为空/);
    expect(error('   ', 'latitude')).toMatch(/^纬度不能为空/);
    expect(error('181', 'longitude')).toBe('经度“181”超出范围：应在 -180° 至 180° 之间');
    expect(error('91°', 'latitude')).toBe('纬度“91°”超出范围：应在 -90° 至 90° 之间');
    expect(error('1e309', 'longitude')).toContain('不接受科学计数法');
    expect(error(Number.POSITIVE_INFINITY, 'longitude')).toBe('经度“Infinity”不是有限的数字');
  });

  it('refuses a hemisphere of the other axis, decimal degrees before minutes, and a sign with a hemisphere', () => {
    expect(error('N112°12′58″', 'longitude')).toBe('经度“N112°12′58″”有误：“N”表示纬度，不是经度');
    expect(error('东经26°34′9″', 'latitude')).toBe('纬度“东经26°34′9″”有误：“东经”表示经度，不是纬度');
    expect(error('112.5°12′', 'longitude')).toBe('经度“112.5°12′”有误：写了分时度应为整数，实际为112.5');
    expect(error('112°12.5′30″', 'longitude')).toBe('经度“112°12.5′30″”有误：写了秒时分应为整数，实际为12.5');
    expect(error('-112E', 'longitude')).toBe('经度“-112E”有误：正负号与E不能同时使用');
  });
});
