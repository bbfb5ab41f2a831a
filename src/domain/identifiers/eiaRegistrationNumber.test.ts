import { describe, it, expect } from 'vitest';
import { parseEiaRegistrationNumber } from './eiaRegistrationNumber.js';

const NOW = new Date('2026-06-01T00:00:00Z');

describe('parseEiaRegistrationNumber — the park examples (inferred shape)', () => {
  it('201943042600000059 → 2019 / 430426 祁东县 / 00000059 (admin-formats.md §10)', () => {
    const r = parseEiaRegistrationNumber('201943042600000059', NOW);
    expect(r.valid).toBe(true);
    expect(r.shape).toBe('inferred');
    expect(r.parts).toEqual({ year: 2019, division: '430426', divisionName: '湖南省衡阳市祁东县', seq: '00000059' });
    expect(r.warnings).toEqual([]);
  });

  it.each([
    ['201743042600000006', 2017, '00000006'],
    ['201843042600000044', 2018, '00000044'],
    ['201943042600000007', 2019, '00000007'],
    ['201843042600000308', 2018, '00000308'],
    ['202043042600000002', 2020, '00000002'],
  ])('%s → year %d, seq %s, no warnings', (raw, year, seq) => {
    const r = parseEiaRegistrationNumber(raw, NOW);
    expect(r.valid).toBe(true);
    expect(r.parts).toMatchObject({ year, division: '430426', seq });
    expect(r.warnings).toEqual([]);
  });
});

describe('parseEiaRegistrationNumber — prefix and normalisation', () => {
  it.each(['登记备案：201943042600000059', '登记备案:201943042600000059', ' 登记备案： 2019 4304 2600000059 '])(
    '%s → 201943042600000059',
    (raw) => {
      const r = parseEiaRegistrationNumber(raw, NOW);
      expect(r.normalized).toBe('201943042600000059');
      expect(r.shape).toBe('inferred');
      expect(r.warnings).toEqual([]);
    },
  );

  it('folds full-width digits', () => {
    expect(parseEiaRegistrationNumber('２０１９43042600000059', NOW).normalized).toBe('201943042600000059');
  });
});

describe('parseEiaRegistrationNumber — other shapes are accepted with a warning', () => {
  it.each(['20194304260000005', 'DJ-2019-0059', '2019430426000000590'])('%s → valid, shape other, warning', (raw) => {
    const r = parseEiaRegistrationNumber(raw, NOW);
    expect(r.valid).toBe(true);
    expect(r.shape).toBe('other');
    expect(r.parts).toBeNull();
    expect(r.errors).toEqual([]);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toContain('未经证实');
  });
});

describe('parseEiaRegistrationNumber — warnings on the inferred shape', () => {
  it('a year before online filing (2017) → warning', () => {
    const r = parseEiaRegistrationNumber('201643042600000001', NOW);
    expect(r.valid).toBe(true);
    expect(r.warnings[0]).toContain('2017');
  });

  it('a future year → warning', () => {
    expect(parseEiaRegistrationNumber('202943042600000001', NOW).warnings[0]).toContain('2029');
  });

  it('retired division 431121 → warning naming 431181', () => {
    const r = parseEiaRegistrationNumber('201943112100000001', NOW);
    expect(r.parts?.divisionName).toBeNull();
    expect(r.warnings[0]).toContain('431181');
  });
});

describe('parseEiaRegistrationNumber — bad input', () => {
  it('empty or a bare prefix → error', () => {
    expect(parseEiaRegistrationNumber('', NOW).valid).toBe(false);
    const r = parseEiaRegistrationNumber('登记备案：', NOW);
    expect(r.valid).toBe(false);
    expect(r.errors).toEqual(['环评登记表备案号为空']);
  });
});
