import { GBT4754_2017 } from './gbt4754.js';

/**
 * Non-standard industry names printed in park tables, mapped to a GB/T 4754-2017 code.
 * Keys are written as printed; they are normalised like the input. ('农业' needs no alias: it is the
 * 大类 A01 name.)
 */
const ALIASES: Readonly<Record<string, string>> = {
  // Park tables print the product, not the class name: 小类 3612 新能源车整车制造.
  新能源汽车: 'C3612',
  新能源汽车制造: 'C3612',
  新能源汽车制造业: 'C3612',
  // GB/T 4754-2002 大类 names still used in older tables, mapped to their 2017 successors.
  化学原料及化学制品制造业: 'C26', // 2002 大类 26
  电气机械及器材制造业: 'C38', // 2002 大类 39
  '通信设备、计算机及其他电子设备制造业': 'C39', // 2002 大类 40
  黑色金属冶炼及压延加工业: 'C31', // 2002 大类 32
  有色金属冶炼及压延加工业: 'C32', // 2002 大类 33
  '木材加工及木、竹、藤、棕、草制品业': 'C20', // 2002 大类 20
  印刷业和记录媒介的复制: 'C23', // 2002 大类 23
  文教体育用品制造业: 'C24', // 2002 大类 24 (2011 renamed 文教、工美、体育和娱乐用品制造业)
  废弃资源和废旧材料回收加工业: 'C42', // 2002 大类 43 (2011 renamed 废弃资源综合利用业)
  研究与试验发展: 'M73', // 2002 大类 75
};

/**
 * Normalises a printed name: trims, folds full-width ASCII, removes whitespace, writes every list
 * separator (、，,) as 、 and every parenthesis as half-width.
 */
function normalizeName(s: string): string {
  return s
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]+/g, '')
    .replace(/[，,、]/g, '、');
}

const DEPTH: Record<number, number> = { 1: 0, 3: 1, 4: 2, 5: 3 };

/**
 * Official names → code. When levels share a name (K 房地产业 / K70, P 教育 / P83, T 国际组织 / T97,
 * 中类 C336 / 小类 C3360) the deeper level wins: enterprises are classified at the finest level.
 */
const BY_NAME = new Map<string, string>();
for (const [code, name] of GBT4754_2017) {
  const key = normalizeName(name);
  const prev = BY_NAME.get(key);
  if (prev === undefined || (DEPTH[code.length] ?? 0) > (DEPTH[prev.length] ?? 0)) BY_NAME.set(key, code);
}
const BY_ALIAS = new Map<string, string>(Object.entries(ALIASES).map(([alias, code]) => [normalizeName(alias), code]));

/** How a printed name was resolved: by an official GB/T 4754-2017 name, or by the alias table (a guess to check). */
export interface IndustryNameMatch {
  code: string;
  byAlias: boolean;
}

/**
 * Resolves an industry name as printed in a park table to a GB/T 4754-2017 code, saying whether the name is an
 * official one or only an alias (a product name, a GB/T 4754-2002 name) that someone should check.
 * Exact match after normalising whitespace and full/half-width punctuation, then the alias table.
 */
export function matchIndustryName(name: string): IndustryNameMatch | null {
  if (typeof name !== 'string') return null;
  const key = normalizeName(name);
  if (key.length === 0) return null;
  const official = BY_NAME.get(key);
  if (official) return { code: official, byAlias: false };
  const alias = BY_ALIAS.get(key);
  return alias ? { code: alias, byAlias: true } : null;
}

/**
 * Resolves an industry name as printed in a park table to a GB/T 4754-2017 code ("C38"), or null.
 *
 * @example resolveIndustryName('文教,工美,体育和娱乐用品制造业') //=> 'C24'
 * @example resolveIndustryName('新能源汽车') //=> 'C3612'
 */
export function resolveIndustryName(name: string): string | null {
  return matchIndustryName(name)?.code ?? null;
}
