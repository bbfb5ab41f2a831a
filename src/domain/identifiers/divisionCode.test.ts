import { describe, it, expect } from 'vitest';
import { checkDivisionCode } from './divisionCode.js';

describe('checkDivisionCode', () => {
  it('430426 → 湖南省衡阳市祁东县, no warnings', () => {
    const r = checkDivisionCode('430426');
    expect(r.valid).toBe(true);
    expect(r.parts?.fullName).toBe('湖南省衡阳市祁东县');
    expect(r.warnings).toEqual([]);
  });

  it('431121 (retired 2021) → valid, warning names 431181 祁阳市', () => {
    const r = checkDivisionCode('431121');
    expect(r.valid).toBe(true);
    expect(r.parts).toBeNull();
    expect(r.warnings[0]).toContain('已于2021年撤销');
    expect(r.warnings[0]).toContain('431181');
    expect(r.warnings[0]).toContain('湖南省永州市祁阳市');
  });

  it('430476 (statistics-only 7x code) → warning', () => {
    const r = checkDivisionCode('430476');
    expect(r.valid).toBe(true);
    expect(r.warnings[0]).toContain('统计用区划代码');
  });

  it('unknown code in a fully vendored province → warning', () => {
    const r = checkDivisionCode('430499');
    expect(r.valid).toBe(true);
    expect(r.warnings[0]).toContain('不在现行GB/T 2260区划表中');
  });

  it('province without vendored detail → warning that it could not be checked', () => {
    const r = checkDivisionCode('130429');
    expect(r.valid).toBe(true);
    expect(r.warnings[0]).toContain('未能核对');
  });

  it('bad input → errors', () => {
    expect(checkDivisionCode('43042').errors[0]).toContain('应为6位数字');
    expect(checkDivisionCode('43042X').valid).toBe(false);
    expect(checkDivisionCode('').valid).toBe(false);
    const r = checkDivisionCode('990000');
    expect(r.valid).toBe(false);
    expect(r.errors[0]).toContain('省级代码"99"不存在');
  });

  it('folds full-width digits and strips spaces', () => {
    expect(checkDivisionCode(' ４３０４２６ ').parts?.code).toBe('430426');
  });
});
