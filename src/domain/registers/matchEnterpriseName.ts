import { toHalfWidth } from '../identifiers/toHalfWidth.js';

/** An enterprise of the park's enterprise file (一企一档), as a register row is matched against it. */
export interface KnownEnterprise {
  name: string;
}

/** Why a name that is not in the file was matched to an enterprise that is. */
export type ProposalReason = 'suffix' | 'brackets' | 'oneCharacter';

export type EnterpriseNameMatch<E extends KnownEnterprise> =
  | { kind: 'exact'; enterprise: E }
  | { kind: 'proposal'; enterprise: E; reason: ProposalReason }
  | { kind: 'none' };

export const PROPOSAL_REASON_LABELS: Readonly<Record<ProposalReason, string>> = {
  suffix: '仅公司类型后缀不同',
  brackets: '仅括号写法不同',
  oneCharacter: '相差一个字',
};

/** Company-form suffixes that a table may write differently from the file, longest first. */
const SUFFIXES = ['股份有限公司', '有限责任公司', '有限公司'];
const BRACKETS = /[()（）[\]【】〔〕]/g;

const squash = (s: string) => toHalfWidth(s).replace(/\s+/g, '');
const withoutBrackets = (s: string) => s.replace(BRACKETS, '');
function withoutSuffix(s: string): string {
  const suffix = SUFFIXES.find((x) => s.endsWith(x));
  return suffix ? s.slice(0, -suffix.length) : s;
}

/** True when `a` becomes `b` by replacing, inserting or deleting exactly one character. */
function oneCharacterApart(a: string, b: string): boolean {
  const x = Array.from(a);
  const y = Array.from(b);
  if (Math.abs(x.length - y.length) > 1 || a === b) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  // Past the first difference, a replacement skips one character of each, an insertion one of the longer only.
  const skipShort = short.length === long.length ? 1 : 0;
  return short.slice(i + skipShort).join('') === long.slice(i + 1).join('');
}

/**
 * Finds the enterprise of the file that a register's name means: the same name (ignoring spaces and full-width
 * forms), or else the nearest one to propose to the user — a name that differs only by its company-form suffix
 * (有限公司 / 有限责任公司 / 股份有限公司), only by its brackets (（） or ()), or by one character. A proposal is
 * never an automatic match: the caller shows it and the user confirms or corrects the name. With several
 * candidates, a suffix or bracket difference wins over a one-character one, and then the file's order decides.
 *
 * @example matchEnterpriseName('湖南万祺科技有限责任公司', file) //=> { kind: 'proposal', enterprise: 湖南万祺科技有限公司, reason: 'suffix' }
 */
export function matchEnterpriseName<E extends KnownEnterprise>(name: string, file: readonly E[]): EnterpriseNameMatch<E> {
  const wanted = squash(name);
  const exact = file.find((e) => squash(e.name) === wanted);
  if (exact) return { kind: 'exact', enterprise: exact };
  const bySuffix = file.find((e) => withoutSuffix(squash(e.name)) === withoutSuffix(wanted));
  if (bySuffix) return { kind: 'proposal', enterprise: bySuffix, reason: 'suffix' };
  const byBrackets = file.find(
    (e) => withoutBrackets(withoutSuffix(squash(e.name))) === withoutBrackets(withoutSuffix(wanted)),
  );
  if (byBrackets) return { kind: 'proposal', enterprise: byBrackets, reason: 'brackets' };
  const byOne = file.find((e) => oneCharacterApart(squash(e.name), wanted));
  if (byOne) return { kind: 'proposal', enterprise: byOne, reason: 'oneCharacter' };
  return { kind: 'none' };
}
