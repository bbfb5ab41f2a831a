import { describe, expect, it } from 'vitest';
import { POINT_KINDS, POINT_ROLES, pointKindLabel, pointRoleLabel } from './pointKinds.js';

describe('monitoring point kinds and roles', () => {
  it('name the eight kinds of issue 10 in Chinese', () => {
    expect(POINT_KINDS.map(pointKindLabel)).toEqual(['空气站', '微站', '城市站', '地表水断面', '地下水井', '土壤点', '噪声点', '排放口']);
  });

  it('name the six roles, and no role as 无', () => {
    expect(POINT_ROLES.map(pointRoleLabel)).toEqual(['上风向', '下风向', '园区内', '上游', '下游', '敏感点']);
    expect(pointRoleLabel(null)).toBe('无');
  });
});
