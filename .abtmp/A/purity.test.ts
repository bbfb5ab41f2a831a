import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * src/hj212 is pure (docs/ARCHITECTURE.md, STYLE.md "imports only point down"): its code imports only
 * its own modules — no sockets, no database, no other layer, no npm package. Tests may use vitest and node:.
 */
describe('src/hj212 purity', () => {
  const dir = new URL('./', import.meta.url);
  const sources = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

  it.each(sources)('%s imports only ./ modules of src/hj212', (file) => {
    const text = readFileSync(new URL(file, dir), 'utf8');
    const specifiers = [...text.matchAll(/^\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);
    for (const spec of specifiers) expect(spec, `${file} imports ${spec}`).toMatch(/^\.\/[A-Za-z]+\.js$/);
    expect(text, `${file} uses a dynamic import or require`).not.toMatch(/\bimport\(|\brequire\(/);
  });
});
