import { describe, it, expect } from 'vitest';
import { GBT4754_2017 } from './gbt4754.js';

describe('GBT4754_2017 table', () => {
  const sections = GBT4754_2017.filter(([c]) => c.length === 1);
  const divisions = GBT4754_2017.filter(([c]) => c.length === 3);

  it('has 20 门类 A–T and 97 大类 01–97 (admin-formats.md §6)', () => {
    expect(sections.map(([c]) => c).join('')).toBe('ABCDEFGHIJKLMNOPQRST');
    expect(divisions).toHaveLength(97);
    expect(divisions.map(([c]) => Number(c.slice(1)))).toEqual(Array.from({ length: 97 }, (_, i) => i + 1));
  });

  it('大类 ranges per 门类 follow the standard', () => {
    const count = (s: string) => divisions.filter(([c]) => c.startsWith(s)).length;
    expect(count('A')).toBe(5); // 01–05
    expect(count('B')).toBe(7); // 06–12
    expect(count('C')).toBe(31); // 13–43
    expect(count('G')).toBe(8); // 53–60
    expect(count('S')).toBe(6); // 91–96
    expect(count('T')).toBe(1); // 97
  });

  it('codes are unique, in order, parents before children', () => {
    const codes = GBT4754_2017.map(([c]) => c);
    expect(new Set(codes).size).toBe(codes.length);
    const seen = new Set<string>();
    for (const c of codes) {
      if (c.length > 1) {
        const parent = c.length === 3 ? c.slice(0, 1) : c.slice(0, c.length - 1);
        expect(seen.has(parent), c).toBe(true);
      }
      seen.add(c);
    }
    expect([...codes].sort()).toEqual(codes);
  });

  it('names carry no surrounding whitespace', () => {
    for (const [, name] of GBT4754_2017) expect(name).toBe(name.trim());
  });
});
