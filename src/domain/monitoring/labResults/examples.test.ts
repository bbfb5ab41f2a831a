import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as labResults from './index.js';

/** Every `@example` line `expr //=> expected` of this folder runs, so the TSDoc stays true. */
const root = new URL('.', import.meta.url).pathname;
const sources = readdirSync(root).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts'));

const cases = sources.flatMap((name) => {
  const source = readFileSync(join(root, name), 'utf8');
  return (source.match(/\/\*\*[\s\S]*?\*\//g) ?? []).flatMap((comment) => {
    const lines = comment.split('\n').map((l) => l.replace(/^\s*\*( |$)/, '').trim());
    const start = lines.findIndex((l) => l.startsWith('@example'));
    if (start === -1) return [];
    const block = lines.slice(start).map((l) => l.replace(/^@example\s*/, '').replace(/\*\/$/, '').trim());
    const end = block.findIndex((l, i) => i > 0 && l.startsWith('@'));
    return (end === -1 ? block : block.slice(0, end)).filter((l) => l.includes('//=>')).map((l) => [name, l] as const);
  });
});

describe('TSDoc @example lines of lab results', () => {
  it('there are examples', () => expect(cases.length).toBeGreaterThanOrEqual(7));

  it.each(cases)('%s: %s', (_, line) => {
    const [expr, expected] = line.split('//=>').map((s) => s.trim());
    const run = (code: string) => new Function(...Object.keys(labResults), `return (${code});`)(...Object.values(labResults));
    expect(run(expr)).toEqual(run(expected));
  });
});
