import { StandardInputError } from '../StandardInputError.js';

/** An item of a standard's table that users may name by id, Chinese name or a common alias. */
export interface NamedItem {
  id: string;
  name: string;
  aliases?: readonly string[];
}

const normalise = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[\s_（）()·]/g, '')
    .toLowerCase();

/**
 * The item of `items` named `key` (id, Chinese name or alias; case, width, spaces and brackets ignored),
 * or throws {@link StandardInputError} listing the item names of `standard`.
 */
export function resolveItem<T extends NamedItem>(items: readonly T[], key: string, standard: string): T {
  const k = normalise(String(key));
  const item = items.find((i) => [i.id, i.name, ...(i.aliases ?? [])].some((n) => normalise(n) === k));
  if (!item) throw new StandardInputError('item', key, `${standard} 的项目之一：${items.map((i) => i.name).join('、')}`);
  return item;
}
