import { COMMON_PASSWORDS } from './commonPasswords.js';

/** Shortest password accepted. */
export const PASSWORD_MIN_LENGTH = 10;
/**
 * Longest password accepted, in UTF-16 code units (what `String.length` and zod's `max` count). The one maximum for
 * every place a password is given — set, change, reset, CLI, web forms and login — so whatever can be set can be
 * used to sign in, and nothing longer reaches the hash.
 */
export const PASSWORD_MAX_LENGTH = 128;
export const PASSWORD_TOO_LONG = `密码不能超过${PASSWORD_MAX_LENGTH}位`;

/** The rule in one sentence, for hints under password fields. */
export const PASSWORD_RULE_HINT =
  `${PASSWORD_MIN_LENGTH}至${PASSWORD_MAX_LENGTH}位，包含小写字母、大写字母、数字、符号中的至少三类；` +
  '不能是常见密码或单词，不能含键盘连键、连续或重复的字符、用户名、admin 或 parkeco';

/** Words of this platform that no password may contain. */
const CONTEXT_WORDS = ['admin', 'parkeco'];
/** A run this long of neighbouring keys, or of consecutive letters or digits, makes a password patterned. */
const RUN = 4;
const SEQUENCES = ['abcdefghijklmnopqrstuvwxyz', '0123456789'];
/** Rows of a US keyboard, unshifted and shifted digits, and its columns (1qaz2wsx…, qazwsx…). */
const KEYBOARD_LINES = [
  '`1234567890-=',
  '~!@#$%^&*()_+',
  'qwertyuiop[]\\',
  "asdfghjkl;'",
  'zxcvbnm,./',
  '1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik,9ol.0p;/',
  'qazwsxedcrfvtgbyhnujmik,ol.p;/',
];
const reversed = (s: string) => [...s].reverse().join('');
const bothWays = (lines: string[]) => lines.flatMap((l) => [l, reversed(l)]);
const SEQUENCE_LINES = bothWays(SEQUENCES);
const KEYBOARD_RUN_LINES = bothWays(KEYBOARD_LINES);

/** Look-alike characters read as the letters they stand for: p@ssw0rd → password. */
const LEET: Record<string, string> = { '@': 'a', '4': 'a', '3': 'e', '1': 'i', '!': 'i', '|': 'i', '0': 'o', $: 's', '5': 's', '7': 't', '+': 't' };
const unleet = (s: string) => [...s].map((c) => LEET[c] ?? c).join('');

/** The letters a password is built on: digits and symbols stripped from both ends (Password12! → password). */
function coreWord(lower: string): string {
  return lower.replace(/^[^a-z]+/, '').replace(/[^a-z]+$/, '');
}

/** Whether any `RUN` consecutive characters of `s` appear, in order, in one of the lines. */
function hasRun(s: string, lines: string[], skip: (w: string) => boolean = () => false): boolean {
  for (let i = 0; i + RUN <= s.length; i++) {
    const w = s.slice(i, i + RUN);
    if (!skip(w) && lines.some((l) => l.includes(w))) return true;
  }
  return false;
}
const isSequence = (w: string) => SEQUENCE_LINES.some((l) => l.includes(w));

/**
 * Problems with a new password, in Chinese; empty when it is strong enough:
 * - 10 to 128 characters, of three of the four kinds (lower case, upper case, digits, other);
 * - not a common password or word once the digits and symbols at its ends are stripped and look-alikes read as
 *   letters (Password12, P@ssw0rd!, Qwerty1234 → password, qwerty);
 * - no run of 4 neighbouring keys (qwer, asdf, 1qaz, !@#$), no 4 consecutive letters or digits (abcd, 1234, 9876),
 *   no character 4 times in a row, not one short piece repeated;
 * - not containing the user name, 'admin' or 'parkeco' (also written with look-alikes: Adm1n).
 * The messages name the rule, never the password's own characters: they may end up in logs.
 *
 * @example
 * passwordProblems('abc', 'zhang') //=> ['密码至少10位', '密码应包含小写字母、大写字母、数字、符号中的至少三类']
 */
export function passwordProblems(password: string, username: string): string[] {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) problems.push(`密码至少${PASSWORD_MIN_LENGTH}位`);
  if (password.length > PASSWORD_MAX_LENGTH) problems.push(PASSWORD_TOO_LONG);
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z\d]/].filter((re) => re.test(password)).length;
  if (kinds < 3) problems.push('密码应包含小写字母、大写字母、数字、符号中的至少三类');

  const lower = password.toLowerCase();
  const readAs = [lower, unleet(lower)];
  const core = unleet(coreWord(lower));
  if ([core, core.replace(/[^a-z]/g, '')].some((w) => COMMON_PASSWORDS.has(w))) {
    problems.push('密码过于常见：去掉首尾的数字和符号后是常用密码或单词（如 password、qwerty）');
  }
  const name = username.toLowerCase();
  if (name && readAs.some((s) => s.includes(name))) problems.push('密码不能包含用户名');
  for (const word of CONTEXT_WORDS) {
    if (readAs.some((s) => s.includes(word))) problems.push(`密码不能包含“${word}”`);
  }
  if (hasRun(lower, SEQUENCE_LINES)) problems.push('密码不能含有连续的字母或数字（如 abcd、1234、9876）');
  if (hasRun(lower, KEYBOARD_RUN_LINES, isSequence)) problems.push('密码不能含有键盘上相连的一串按键（如 qwer、asdf、1qaz）');
  if (/(.)\1{3}/su.test(password)) problems.push('密码不能含有连续4个相同的字符');
  else if (/^(.{1,5})\1+$/su.test(password)) problems.push('密码不能由一小段字符重复组成');
  return problems;
}
