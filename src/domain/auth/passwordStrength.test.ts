import { describe, expect, it } from 'vitest';
import { PASSWORD_MAX_LENGTH, passwordProblems } from './passwordStrength.js';

const COMMON = '密码过于常见：去掉首尾的数字和符号后是常用密码或单词（如 password、qwerty）';
const SEQUENCE = '密码不能含有连续的字母或数字（如 abcd、1234、9876）';
const KEYBOARD = '密码不能含有键盘上相连的一串按键（如 qwer、asdf、1qaz）';

describe('passwordProblems', () => {
  it('accepts 10+ characters of three kinds that follow no pattern', () => {
    expect(passwordProblems('Qidong-Test-2024', 'officer')).toEqual([]);
    expect(passwordProblems('qidong-gx2024!', 'officer')).toEqual([]);
    expect(passwordProblems('Hengyang#Steward-2025', 'hy-steward')).toEqual([]);
  });

  it('refuses short, simple, name-bearing and repeated passwords', () => {
    expect(passwordProblems('Ab1!', 'officer')).toEqual(['密码至少10位']);
    expect(passwordProblems('abcdefghijk', 'officer')).toContain('密码应包含小写字母、大写字母、数字、符号中的至少三类');
    expect(passwordProblems('Officer-2024', 'officer')).toEqual(['密码不能包含用户名']);
    expect(passwordProblems('0ff1cer-Qidong', 'officer')).toEqual(['密码不能包含用户名']);
    expect(passwordProblems('aaaaaaaaaaaa', 'officer')).toContain('密码不能含有连续4个相同的字符');
    expect(passwordProblems('Ab1!Ab1!Ab1!', 'officer')).toEqual(['密码不能由一小段字符重复组成']);
  });

  it('refuses the passwords issue 8 found accepted: a common word or a keyboard run with digits at the end', () => {
    // Password12 → password; Qwerty1234 → qwerty (also a keyboard run, and 1234 a sequence); Admin12345 → admin.
    expect(passwordProblems('Password12', 'officer')).toEqual([COMMON]);
    expect(passwordProblems('Qwerty1234', 'officer')).toEqual([COMMON, SEQUENCE, KEYBOARD]);
    expect(passwordProblems('Admin12345', 'officer')).toEqual([COMMON, '密码不能包含“admin”', SEQUENCE]);
  });

  it('refuses the park’s place name with digits and symbols around it', () => {
    expect(passwordProblems('Qidong-2024', 'officer')).toEqual([COMMON]);
    expect(passwordProblems('@Hengyang2024', 'officer')).toEqual([COMMON]);
  });

  it('reads look-alikes as letters and strips symbols at both ends', () => {
    expect(passwordProblems('P@ssw0rd!2024', 'officer')).toEqual([COMMON]);
    expect(passwordProblems('#Iloveyou2024#', 'officer')).toEqual([COMMON]);
    expect(passwordProblems('2024.Woaini.Qd', 'officer')).toEqual([]); // the core is woaini.qd: not one word
    expect(passwordProblems('New-Passw0rd-2025', 'officer')).toEqual([COMMON]); // newpassword
  });

  it('refuses keyboard runs along rows and columns, and sequences both ways', () => {
    expect(passwordProblems('Hx-1qaz-Lm29', 'officer')).toEqual([KEYBOARD]);
    expect(passwordProblems('Hx-Zaq1-Lm29', 'officer')).toEqual([KEYBOARD]);
    expect(passwordProblems('Hx-!@#$-Lm29', 'officer')).toEqual([KEYBOARD]);
    expect(passwordProblems('Hx-asdF-Lm29', 'officer')).toEqual([KEYBOARD]);
    expect(passwordProblems('Hx-9876-Lm2q', 'officer')).toEqual([SEQUENCE]);
    expect(passwordProblems('Hx-Lmno-2q9r', 'officer')).toEqual([SEQUENCE]);
    // Three in a row is not yet a run.
    expect(passwordProblems('Hx-qwe-Lm29r', 'officer')).toEqual([]);
  });

  it('refuses the platform’s own name and admin anywhere', () => {
    expect(passwordProblems('My-Parkeco-Q9', 'officer')).toEqual(['密码不能包含“parkeco”']);
    expect(passwordProblems('Hq-Adm1n-Zt92', 'officer')).toEqual(['密码不能包含“admin”']);
  });

  it(`accepts up to ${PASSWORD_MAX_LENGTH} characters and names the maximum above it`, () => {
    const max = 'Qd-Hengyang#2024/'.repeat(8).slice(0, PASSWORD_MAX_LENGTH);
    expect(max).toHaveLength(128);
    expect(passwordProblems(max, 'officer')).toEqual([]);
    expect(passwordProblems(`${max}x`, 'officer')).toEqual(['密码不能超过128位']);
  });
});
