import { describe, it, expect } from 'vitest';
import { parentOf } from './parentOf.js';

describe('parentOf', () => {
  it('county → prefecture → province → null', () => {
    expect(parentOf('430426')?.code).toBe('430400');
    expect(parentOf('430400')?.code).toBe('430000');
    expect(parentOf('430000')).toBeNull();
  });

  it('Chongqing county → 500100 市辖区 / 500200 县', () => {
    expect(parentOf('500101')?.name).toBe('市辖区');
    expect(parentOf('500229')?.code).toBe('500200');
    expect(parentOf('500100')?.name).toBe('重庆市');
  });

  it('unknown, retired or malformed → null', () => {
    expect(parentOf('431121')).toBeNull();
    expect(parentOf('abc')).toBeNull();
    expect(parentOf('')).toBeNull();
  });
});
