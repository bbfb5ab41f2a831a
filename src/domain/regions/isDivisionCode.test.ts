import { describe, it, expect } from 'vitest';
import { isDivisionCode } from './isDivisionCode.js';

describe('isDivisionCode', () => {
  it('true for current vendored codes', () => {
    expect(isDivisionCode('430426')).toBe(true);
    expect(isDivisionCode('431181')).toBe(true);
    expect(isDivisionCode('500156')).toBe(true);
    expect(isDivisionCode('110000')).toBe(true);
  });

  it('false for retired, statistics-only, unknown and malformed values', () => {
    expect(isDivisionCode('431121')).toBe(false);
    expect(isDivisionCode('430476')).toBe(false);
    expect(isDivisionCode('500157')).toBe(false);
    expect(isDivisionCode('4304')).toBe(false);
    expect(isDivisionCode('43042６')).toBe(false);
    expect(isDivisionCode('')).toBe(false);
  });
});
