import { describe, it, expect } from 'vitest';
import { toHalfWidth } from './toHalfWidth.js';

describe('toHalfWidth', () => {
  it('maps full-width digits, letters and punctuation to ASCII', () => {
    expect(toHalfWidth('９１４３ＭＡ４ｑ－［］（），')).toBe('9143MA4q-[](),');
  });
  it('maps the ideographic space to a space and leaves CJK and 〔〕 alone', () => {
    expect(toHalfWidth('祁环评〔2019〕\u300043号')).toBe('祁环评〔2019〕 43号');
  });
  it('empty string stays empty', () => {
    expect(toHalfWidth('')).toBe('');
  });
});
