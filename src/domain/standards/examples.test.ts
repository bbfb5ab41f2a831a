import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as standards from './index.js';
import { addDays } from './_lib/calendarDate.js';

/**
 * Every `@example` in this library runs: each line `expr //=> expected` is checked with toEqual, other lines are
 * setup. Keeps the TSDoc true mechanically.
 */
const root = new URL('.', import.meta.url).pathname;
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });

function examplesOf(source: string): string[][] {
  const blocks: string[][] = [];
  for (const comment of source.match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
    const lines = comment.split('\n').map((l) => l.replace(/^\s*\*( |$)/, '').replace(/^\/\*\*\s?|\s*\*\/$/g, ''));
    const start = lines.findIndex((l) => l.startsWith('@example'));
    if (start === -1) continue;
    const block: string[] = [];
    for (const line of lines.slice(start)) {
      if (line.startsWith('@') && !line.startsWith('@example')) break;
      const code = line.replace(/^@example\s*/, '');
      if (code.trim()) block.push(code);
    }
    blocks.push(block);
  }
  return blocks;
}

const scope = { ...standards, addDays };
const cases = files(root).flatMap((file) => examplesOf(readFileSync(file, 'utf8')).map((block, i) => [`${file.slice(root.length)} #${i + 1}`, block] as const));

describe('TSDoc @example blocks', () => {
  it('there are examples', () => {
    expect(cases.length).toBeGreaterThan(30);
  });

  it.each(cases)('%s', (_, block) => {
    const statements: string[] = [];
    block.forEach((line, i) => {
      const [expr, expected] = line.split('//=>').map((s) => s.trim());
      if (expected !== undefined && expr === '') statements.push(`check(${JSON.stringify(block[i - 1])}, __last, (${expected}));`);
      else if (expected !== undefined) statements.push(`check(${JSON.stringify(expr)}, (${expr}), (${expected}));`);
      else if (block[i + 1]?.trim().startsWith('//=>')) statements.push(`__last = (${expr});`);
      else statements.push(expr);
    });
    const check = (what: string, actual: unknown, expected: unknown) => expect(actual, what).toEqual(expected);
    new Function(...Object.keys(scope), 'check', `let __last; ${statements.join('\n')}`)(...Object.values(scope), check);
  });
});
