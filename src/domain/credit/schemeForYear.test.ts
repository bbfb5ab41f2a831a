import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCHEMES, HUNAN_2024_SCHEME } from './builtInSchemes.js';
import { compareVersions, regionContains, schemeForYear } from './schemeForYear.js';
import type { CreditScheme } from './types.js';

const hunan2020: CreditScheme = { ...HUNAN_2024_SCHEME, id: 'hunan-2020', document: '湘环函〔2020〕195号', years: { from: 2021, to: 2022 }, initialScore: 9 };
const hunan2024v2: CreditScheme = { ...HUNAN_2024_SCHEME, version: '2' };
const hunan2024v10: CreditScheme = { ...HUNAN_2024_SCHEME, version: '10' };
const hengyang: CreditScheme = { ...HUNAN_2024_SCHEME, id: 'hengyang-2024', regionCode: '430400' };
const chongqing: CreditScheme = { ...HUNAN_2024_SCHEME, id: 'chongqing', regionCode: '500000' };

describe('schemeForYear', () => {
  it('finds the built-in Hunan scheme for a park in 祁东县 (430426) in 2024', () => {
    expect(schemeForYear(BUILT_IN_SCHEMES, '430426', 2024)?.id).toBe('hunan-2024');
  });
  it('none before its years or outside its region', () => {
    expect(schemeForYear(BUILT_IN_SCHEMES, '430426', 2022)).toBeNull();
    expect(schemeForYear(BUILT_IN_SCHEMES, '500112', 2024)).toBeNull();
  });
  it('a 2020 report takes the 2020 scheme, a 2024 report the 2024 one', () => {
    const all = [HUNAN_2024_SCHEME, hunan2020, chongqing];
    expect(schemeForYear(all, '430426', 2021)?.id).toBe('hunan-2020');
    expect(schemeForYear(all, '430426', 2024)?.id).toBe('hunan-2024');
    expect(schemeForYear(all, '500112', 2024)?.id).toBe('chongqing');
  });
  it('the latest version, numerically', () => {
    expect(schemeForYear([HUNAN_2024_SCHEME, hunan2024v10, hunan2024v2], '430426', 2024)?.version).toBe('10');
  });
  it('a city’s own scheme before its province’s', () => {
    expect(schemeForYear([hunan2024v2, hengyang], '430426', 2024)?.id).toBe('hengyang-2024');
    expect(schemeForYear([hunan2024v2, hengyang], '430100', 2024)?.id).toBe('hunan-2024');
  });
});

describe('regionContains and compareVersions', () => {
  it('by GB/T 2260 prefixes', () => {
    expect(regionContains('430000', '430426')).toBe(true);
    expect(regionContains('430400', '430426')).toBe(true);
    expect(regionContains('430400', '430100')).toBe(false);
    expect(regionContains('430426', '430426')).toBe(true);
  });
  it('numbers numerically, else as text', () => {
    expect(compareVersions('10', '9')).toBeGreaterThan(0);
    expect(compareVersions('1a', '1b')).toBeLessThan(0);
  });
});
