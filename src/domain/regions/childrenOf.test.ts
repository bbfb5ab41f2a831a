import { describe, it, expect } from 'vitest';
import { childrenOf } from './childrenOf.js';

describe('childrenOf', () => {
  it('湖南省 has 14 prefecture-level children, in code order', () => {
    const kids = childrenOf('430000');
    expect(kids).toHaveLength(14);
    expect(kids[0]?.name).toBe('长沙市');
    expect(kids[13]?.code).toBe('433100');
  });

  it('衡阳市 has 12 counties including 430426 祁东县', () => {
    const kids = childrenOf('430400');
    expect(kids).toHaveLength(12);
    expect(kids.map((d) => d.code)).toContain('430426');
  });

  it('永州市 lists 431181 祁阳市, not the retired 431121', () => {
    const codes = childrenOf('431100').map((d) => d.code);
    expect(codes).toHaveLength(11);
    expect(codes).toContain('431181');
    expect(codes).not.toContain('431121');
  });

  it('重庆市 → 市辖区 (26) and 县 (12)', () => {
    expect(childrenOf('500000').map((d) => d.code)).toEqual(['500100', '500200']);
    expect(childrenOf('500100')).toHaveLength(26);
    expect(childrenOf('500200')).toHaveLength(12);
  });

  it('county, unknown and malformed codes → []', () => {
    expect(childrenOf('430426')).toEqual([]);
    expect(childrenOf('350000')).toEqual([]); // province without vendored detail
    expect(childrenOf('12')).toEqual([]);
    expect(childrenOf('')).toEqual([]);
  });
});
