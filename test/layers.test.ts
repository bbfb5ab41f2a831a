import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** npm packages the pure layers may use: arithmetic, calendar and a text parser (YAML with line numbers), no I/O. */
const PURE_PACKAGES = new Set(['decimal.js', 'dayjs', 'yaml']);

const importsOf = (file: string) =>
  [...readFileSync(join(root, file), 'utf8').matchAll(/^\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);

/** Layers depend downward only (docs/ARCHITECTURE.md). */
describe('layer boundaries', () => {
  it('src/domain and src/hj212 are pure: they import only themselves and pure packages, no Node I/O', () => {
    for (const layer of ['src/domain', 'src/hj212']) {
      for (const file of sources(layer).filter((f) => !f.endsWith('.test.ts'))) {
        for (const spec of importsOf(file)) {
          const ok = PURE_PACKAGES.has(spec) || (spec.startsWith('.') && !relative(layer, join(file, '..', spec)).startsWith('..'));
          expect(ok, `${file} imports ${spec}`).toBe(true);
        }
      }
    }
  });

  it('src/store, src/services and src/render never import the server, the CLI or the web app', () => {
    for (const dir of ['src/store', 'src/services', 'src/render']) {
      for (const file of sources(dir)) {
        for (const spec of importsOf(file)) expect(spec, `${file} imports ${spec}`).not.toMatch(/\/(server|cli)\/|web\//);
      }
    }
  });

  it('routes and CLI commands never touch the database directly', () => {
    for (const file of [...sources('src/server'), ...sources('src/cli')]) {
      for (const spec of importsOf(file)) {
        expect(spec, `${file} imports ${spec}`).not.toMatch(/drizzle-orm|store\/queries|store\/schema|^pg$/);
      }
    }
  });
});
