import { describe, expect, it } from 'vitest';
import { passwordProblems } from './passwordStrength.js';

describe('passwordProblems', () => {
  it('accepts 10+ characters of three kinds', () => {
    expect(passwordProblems('Qidong-2024', 'officer')).toEqual([]);
    expect(passwordProblems('qidong2024!', 'officer')).toEqual([]);
  });
  it('refuses short, simple, name-bearing and repeated passwords', () => {
    expect(passwordProblems('Ab1!', 'x')).toEqual(['密码至少10位']);
    expect(passwordProblems('abcdefghijk', 'x')).toEqual(['密码应包含小写字母、大写字母、数字、符号中的至少三类']);
    expect(passwordProblems('Officer-2024', 'officer')).toEqual(['密码不能包含用户名']);
    expect(passwordProblems('aaaaaaaaaaaa', 'x')).toContain('密码不能由同一个字符组成');
  });
});
