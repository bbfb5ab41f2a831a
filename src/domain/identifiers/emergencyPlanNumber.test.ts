import { describe, it, expect } from 'vitest';
import { parseEmergencyPlanNumber } from './emergencyPlanNumber.js';

const NOW = new Date('2026-06-01T00:00:00Z');

// Vectors: shared/domain/admin-formats.md §3 and §10 "emergency_plan".
describe('parseEmergencyPlanNumber — vectors', () => {
  it('430426-2022-062-M → 祁东县, 2022, 062, 较大, not cross-region', () => {
    const r = parseEmergencyPlanNumber('430426-2022-062-M', NOW);
    expect(r.valid).toBe(true);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.parts).toEqual({
      division: '430426',
      divisionName: '湖南省衡阳市祁东县',
      year: 2022,
      seq: '062',
      riskLevel: 'M',
      riskLevelLabel: '较大',
      crossRegion: false,
    });
  });

  it('430426-2020-013-L → 一般', () => {
    const r = parseEmergencyPlanNumber('430426-2020-013-L', NOW);
    expect(r.valid).toBe(true);
    expect(r.parts?.year).toBe(2020);
    expect(r.parts?.seq).toBe('013');
    expect(r.parts?.riskLevel).toBe('L');
    expect(r.parts?.riskLevelLabel).toBe('一般');
    expect(r.parts?.crossRegion).toBe(false);
  });

  it('130429-2015-026-HT → 重大, cross-region; division not in the table → warning only', () => {
    const r = parseEmergencyPlanNumber('130429-2015-026-HT', NOW);
    expect(r.valid).toBe(true);
    expect(r.parts).toMatchObject({ division: '130429', divisionName: null, year: 2015, seq: '026', riskLevel: 'H', riskLevelLabel: '重大', crossRegion: true });
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toContain('130429');
  });

  it('130429-2015-026-H → not cross-region', () => {
    expect(parseEmergencyPlanNumber('130429-2015-026-H', NOW).parts?.crossRegion).toBe(false);
  });

  it('accepts a 4-digit serial', () => {
    expect(parseEmergencyPlanNumber('430426-2022-1062-M', NOW).parts?.seq).toBe('1062');
  });
});

describe('parseEmergencyPlanNumber — normalisation', () => {
  it('spaces, full-width digits, other dashes and lower case', () => {
    const r = parseEmergencyPlanNumber(' ４３0426 — 2022－062–m ', NOW);
    expect(r.normalized).toBe('430426-2022-062-M');
    expect(r.valid).toBe(true);
  });
});

describe('parseEmergencyPlanNumber — division warnings', () => {
  it('retired 431121 → warning naming 431181', () => {
    const r = parseEmergencyPlanNumber('431121-2019-005-L', NOW);
    expect(r.valid).toBe(true);
    expect(r.warnings[0]).toContain('431181');
  });

  it('prefecture-level code → warning that a county code is expected', () => {
    const r = parseEmergencyPlanNumber('430400-2021-001-M', NOW);
    expect(r.valid).toBe(true);
    expect(r.parts?.divisionName).toBe('湖南省衡阳市');
    expect(r.warnings).toEqual(['备案编号通常使用县级行政区划代码，430400为地级（湖南省衡阳市）']);
  });

  it('non-existent province prefix → still only a warning', () => {
    const r = parseEmergencyPlanNumber('990101-2021-001-M', NOW);
    expect(r.valid).toBe(true);
    expect(r.warnings[0]).toContain('省级代码"99"不存在');
  });
});

describe('parseEmergencyPlanNumber — year plausibility', () => {
  it('next year is accepted, the year after is an error', () => {
    expect(parseEmergencyPlanNumber('430426-2027-001-L', NOW).valid).toBe(true);
    const r = parseEmergencyPlanNumber('430426-2028-001-L', NOW);
    expect(r.valid).toBe(false);
    expect(r.errors).toEqual(['年份2028不合理（应在1990至2027之间）']);
  });

  it('before 1990 is an error', () => {
    const r = parseEmergencyPlanNumber('430426-1989-001-L', NOW);
    expect(r.valid).toBe(false);
    expect(r.parts?.year).toBe(1989);
  });

  it('the current year is taken in Asia/Shanghai', () => {
    // 2026-12-31T17:00Z is already 2027-01-01 in Shanghai, so 2028 is "next year"
    expect(parseEmergencyPlanNumber('430426-2028-001-L', new Date('2026-12-31T17:00:00Z')).valid).toBe(true);
  });
});

describe('parseEmergencyPlanNumber — bad input', () => {
  it('empty → error', () => {
    expect(parseEmergencyPlanNumber('', NOW).errors).toEqual(['应急预案备案编号为空']);
  });

  it('wrong number of segments → format error', () => {
    const r = parseEmergencyPlanNumber('4304262022062M', NOW);
    expect(r.valid).toBe(false);
    expect(r.parts).toBeNull();
    expect(r.errors[0]).toContain('区划代码-年份-流水号-风险级别');
  });

  it('names the bad segment', () => {
    expect(parseEmergencyPlanNumber('43042-2022-062-M', NOW).errors).toEqual(['第1段（行政区划代码）应为6位数字，实际为"43042"']);
    expect(parseEmergencyPlanNumber('430426-22-062-M', NOW).errors).toEqual(['第2段（年份）应为4位数字，实际为"22"']);
    expect(parseEmergencyPlanNumber('430426-2022-62-M', NOW).errors).toEqual(['第3段（流水号）应为3-4位数字，实际为"62"']);
    expect(parseEmergencyPlanNumber('430426-2022-062-X', NOW).errors[0]).toContain('第4段（风险级别）');
    expect(parseEmergencyPlanNumber('430426-2022-062-TH', NOW).valid).toBe(false);
    expect(parseEmergencyPlanNumber('430426-2022-062-', NOW).valid).toBe(false);
  });
});
