import { describe, it, expect } from 'vitest';
import { checkIdentifier } from './detectIdentifier.js';

const NOW = new Date('2026-06-01T00:00:00Z');

describe('checkIdentifier — recognises each kind (vectors from admin-formats.md §10)', () => {
  it.each([
    ['91430426MA4QA91117', 'credit_code', '统一社会信用代码'],
    ['914304267580286729', 'credit_code', '统一社会信用代码'], // all digits, but a clean credit code
    ['91430426MA4QA91117001U', 'permit_number', '排污许可证/登记编号'],
    ['430426-2022-062-M', 'emergency_plan_number', '突发环境事件应急预案备案编号'],
    ['祁环评[2019]43号', 'eia_document_number', '环评批复文号'],
    ['通环审〔2026〕5-2 号', 'eia_document_number', '环评批复文号'],
    ['201943042600000059', 'eia_registration_number', '环评登记表备案号'],
    ['登记备案：201843042600000308', 'eia_registration_number', '环评登记表备案号'],
    ['430426', 'division_code', '行政区划代码'],
    ['C38', 'industry_code', '国民经济行业代码'],
    ['C2619', 'industry_code', '国民经济行业代码'],
    ['C', 'industry_code', '国民经济行业代码'],
  ])('%s → %s (%s), valid', (value, kind, label) => {
    const r = checkIdentifier(value, NOW);
    expect(r.kind).toBe(kind);
    expect(r.kindLabel).toBe(label);
    expect(r.valid).toBe(true);
    expect(r.errors).toEqual([]);
  });
});

describe('checkIdentifier — parts and warnings come from the kind parser', () => {
  it('credit code parts', () => {
    const r = checkIdentifier('91430426MA4QA91117', NOW);
    expect(r.kind === 'credit_code' && r.parts?.divisionCode).toBe('430426');
  });

  it('a credit code failing C18 stays a credit code with a warning', () => {
    const r = checkIdentifier('91350100M000100Y4Z', NOW);
    expect(r.kind).toBe('credit_code');
    expect(r.valid).toBe(true);
    expect(r.warnings[0]).toContain('第18位应为"3"');
  });

  it('emergency-plan parts', () => {
    const r = checkIdentifier('130429-2015-026-HT', NOW);
    expect(r.kind).toBe('emergency_plan_number');
    if (r.kind === 'emergency_plan_number') {
      expect(r.parts?.riskLevel).toBe('H');
      expect(r.parts?.crossRegion).toBe(true);
    }
  });

  it('division code parts', () => {
    const r = checkIdentifier('431181', NOW);
    expect(r.kind === 'division_code' && r.parts?.fullName).toBe('湖南省永州市祁阳市');
  });

  it('retired division → warning', () => {
    const r = checkIdentifier('431121', NOW);
    expect(r.kind).toBe('division_code');
    expect(r.warnings[0]).toContain('431181');
  });

  it('leading-zero 文号 → warning', () => {
    const r = checkIdentifier('衡环评[2017]081号', NOW);
    expect(r.kind).toBe('eia_document_number');
    expect(r.normalized).toBe('衡环评〔2017〕081号');
    expect(r.warnings).toHaveLength(1);
  });
});

describe('checkIdentifier — industry codes and names', () => {
  it('bare digits → canonical code', () => {
    const r = checkIdentifier('3612', NOW);
    expect(r.kind).toBe('industry_code');
    expect(r.normalized).toBe('C3612');
    expect(r.kind === 'industry_code' && r.parts?.name).toBe('新能源车整车制造');
  });

  it('an industry name resolves to its code, with a notice', () => {
    const r = checkIdentifier('电气机械和器材制造业', NOW);
    expect(r.kind).toBe('industry_code');
    expect(r.normalized).toBe('C38');
    expect(r.warnings[0]).toContain('C38');
  });

  it('a well-shaped but not vendored 小类 → valid with a warning', () => {
    const r = checkIdentifier('C3899', NOW);
    expect(r.valid).toBe(true);
    expect(r.parts).toBeNull();
    expect(r.warnings[0]).toContain('未能核对');
  });

  it('wrong 门类 letter → error', () => {
    const r = checkIdentifier('B38', NOW);
    expect(r.kind).toBe('industry_code');
    expect(r.valid).toBe(false);
  });
});

describe('checkIdentifier — bad input', () => {
  it('empty → unknown with error', () => {
    const r = checkIdentifier('  ', NOW);
    expect(r.kind).toBe('unknown');
    expect(r.kindLabel).toBe('无法识别');
    expect(r.errors).toEqual(['输入为空']);
  });

  it('free text → unknown', () => {
    const r = checkIdentifier('你好世界', NOW);
    expect(r.kind).toBe('unknown');
    expect(r.valid).toBe(false);
    expect(r.errors[0]).toContain('无法识别');
  });

  it('17-character credit code → credit_code with length error', () => {
    const r = checkIdentifier('91430426MA4QA9111', NOW);
    expect(r.kind).toBe('credit_code');
    expect(r.valid).toBe(false);
    expect(r.errors[0]).toContain('实际为17位');
  });

  it('21-character permit → permit_number with length error', () => {
    const r = checkIdentifier('91430426MA4QA91117001', NOW);
    expect(r.kind).toBe('permit_number');
    expect(r.valid).toBe(false);
  });

  it('malformed emergency-plan number → that kind with error', () => {
    const r = checkIdentifier('430426-2022-62-M', NOW);
    expect(r.kind).toBe('emergency_plan_number');
    expect(r.valid).toBe(false);
  });

  it('unparseable 文号 → that kind with error', () => {
    const r = checkIdentifier('祁环评[19]43号', NOW);
    expect(r.kind).toBe('eia_document_number');
    expect(r.valid).toBe(false);
  });

  it('a 文号 without brackets → that kind with error', () => {
    const r = checkIdentifier('祁环评201943号', NOW);
    expect(r.kind).toBe('eia_document_number');
    expect(r.valid).toBe(false);
    expect(r.errors[0]).toContain('无法识别的环评批复文号');
  });

  it('6 digits with a non-existent province → division_code with error', () => {
    const r = checkIdentifier('990101', NOW);
    expect(r.kind).toBe('division_code');
    expect(r.valid).toBe(false);
  });

  it('very long alphanumeric → unknown', () => {
    expect(checkIdentifier('X'.repeat(40), NOW).kind).toBe('unknown');
  });
});
