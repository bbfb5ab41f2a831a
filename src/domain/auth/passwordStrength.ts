/** Shortest password accepted. */
export const PASSWORD_MIN_LENGTH = 10;

/**
 * Problems with a new password, in Chinese; empty when it is strong enough: at least 10 characters, three of the
 * four kinds (lower case, upper case, digits, other), not the user name, not one character repeated.
 *
 * @example
 * passwordProblems('abc', 'zhang') //=> ['密码至少10位', '密码应包含小写字母、大写字母、数字、符号中的至少三类']
 */
export function passwordProblems(password: string, username: string): string[] {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) problems.push(`密码至少${PASSWORD_MIN_LENGTH}位`);
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z\d]/].filter((re) => re.test(password)).length;
  if (kinds < 3) problems.push('密码应包含小写字母、大写字母、数字、符号中的至少三类');
  if (username && password.toLowerCase().includes(username.toLowerCase())) problems.push('密码不能包含用户名');
  if (/^(.)\1*$/.test(password)) problems.push('密码不能由同一个字符组成');
  return problems;
}
