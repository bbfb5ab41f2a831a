import { describe, expect, it } from 'vitest';
import { formatDecimalDegrees, formatDms } from './formatCoordinate.js';

describe('formatDecimalDegrees', () => {
  it('prints six decimal places, rounding half up', () => {
    expect(formatDecimalDegrees('112.2161111111')).toBe('112.216111'); // 112°12′58″
    expect(formatDecimalDegrees('26.5691666667')).toBe('26.569167'); // 26°34′9″
    expect(formatDecimalDegrees('112.205')).toBe('112.205000');
    expect(formatDecimalDegrees('0.0000005')).toBe('0.000001');
    expect(formatDecimalDegrees('-3.5')).toBe('-3.500000');
  });
});

describe('formatDms', () => {
  it('prints the seed’s table 6 values back as the seed prints them, from their 6-place decimals', () => {
    // 112.216111: 0.216111 × 60 = 12.96666′ → 12′; 0.96666 × 60 = 57.9996″ → 58″
    expect(formatDms('112.216111', 'longitude')).toBe('112°12′58″');
    // 26.569167: 0.569167 × 60 = 34.15002′ → 34′; 0.15002 × 60 = 9.0012″ → 9″ (no padding, as printed)
    expect(formatDms('26.569167', 'latitude')).toBe('26°34′9″');
    expect(formatDms('112.198889', 'longitude')).toBe('112°11′56″');
    expect(formatDms('26.558889', 'latitude')).toBe('26°33′32″');
    expect(formatDms('112.205000', 'longitude')).toBe('112°12′18″');
    expect(formatDms('26.570833', 'latitude')).toBe('26°34′15″');
  });

  it('carries 60 seconds into the minute and 60 minutes into the degree', () => {
    expect(formatDms('112.999999', 'longitude')).toBe('113°0′0″'); // 59′59.9964″ → 60″ → 113°0′0″
    expect(formatDms('26.0166665', 'latitude')).toBe('26°1′0″'); // 59.9994″ → 1′0″
  });

  it('marks the hemisphere when asked, and keeps the sign otherwise', () => {
    expect(formatDms('112.216111', 'longitude', { hemisphere: true })).toBe('112°12′58″E');
    expect(formatDms('-74.01', 'longitude', { hemisphere: true })).toBe('74°0′36″W');
    expect(formatDms('-33.866667', 'latitude', { hemisphere: true })).toBe('33°52′0″S');
    expect(formatDms('-74.01', 'longitude')).toBe('-74°0′36″');
    expect(formatDms('-0.0000001', 'latitude')).toBe('0°0′0″');
  });
});
