import { describe, it, expect } from 'vitest';
import { canonicalIndustryCode, lookupIndustry } from './lookupIndustry.js';

describe('lookupIndustry', () => {
  it('C38 → 电气机械和器材制造业, a 大类 of 制造业', () => {
    expect(lookupIndustry('C38')).toEqual({
      code: 'C38',
      name: '电气机械和器材制造业',
      level: 'division',
      sectionCode: 'C',
      sectionName: '制造业',
      divisionCode: 'C38',
      parentCode: 'C',
    });
  });

  it('C30 → 非金属矿物制品业 (admin-formats.md §10)', () => {
    expect(lookupIndustry('C30')?.name).toBe('非金属矿物制品业');
  });

  it('门类 C → 制造业', () => {
    expect(lookupIndustry('C')).toEqual({
      code: 'C',
      name: '制造业',
      level: 'section',
      sectionCode: 'C',
      sectionName: '制造业',
      divisionCode: null,
      parentCode: null,
    });
  });

  it('小类 and 中类', () => {
    expect(lookupIndustry('C2619')).toMatchObject({ name: '其他基础化学原料制造', level: 'class', divisionCode: 'C26', parentCode: 'C261' });
    expect(lookupIndustry('C3612')).toMatchObject({ name: '新能源车整车制造', level: 'class', divisionCode: 'C36' });
    expect(lookupIndustry('C3011')?.name).toBe('水泥制造');
    expect(lookupIndustry('C3021')?.name).toBe('水泥制品制造');
    expect(lookupIndustry('C3811')?.name).toBe('发电机及发电机组制造');
    expect(lookupIndustry('C3831')?.name).toBe('电线、电缆制造');
    expect(lookupIndustry('C3874')?.name).toBe('智能照明器具制造');
    expect(lookupIndustry('C3360')).toMatchObject({ name: '金属表面处理及热处理加工', level: 'class', parentCode: 'C336' });
    expect(lookupIndustry('C336')).toMatchObject({ level: 'group', parentCode: 'C33' });
  });

  it('accepts bare digits, lower case, full-width and spaces', () => {
    expect(lookupIndustry('38')?.code).toBe('C38');
    expect(lookupIndustry('3612')?.code).toBe('C3612');
    expect(lookupIndustry(' c38 ')?.code).toBe('C38');
    expect(lookupIndustry('Ｍ７３')?.name).toBe('研究和试验发展');
    expect(lookupIndustry('01')?.code).toBe('A01');
    expect(lookupIndustry('97')?.sectionName).toBe('国际组织');
  });

  it('bad input → null', () => {
    for (const bad of ['', 'B38' /* wrong 门类 */, 'U', 'C98', '98', 'C3', 'C38123', 'C3899' /* not vendored */, '电气', 'C-38']) {
      expect(lookupIndustry(bad), bad).toBeNull();
    }
    expect(lookupIndustry(null as unknown as string)).toBeNull();
  });
});

describe('canonicalIndustryCode', () => {
  it('derives the 门类 letter from the 大类', () => {
    expect(canonicalIndustryCode('2619')).toBe('C2619');
    expect(canonicalIndustryCode('54')).toBe('G54');
    expect(canonicalIndustryCode('C3899')).toBe('C3899'); // shaped like a code even if not vendored
    expect(canonicalIndustryCode('A38')).toBeNull();
    expect(canonicalIndustryCode('00')).toBeNull();
  });
});
