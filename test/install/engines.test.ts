import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(`${root}package-lock.json`, 'utf8')) as {
  packages: Record<string, { engines?: { node?: string } | string[]; optional?: boolean }>;
};

/** The lowest Node version of each range the README and package.json name ("Node.js 20.19+ (or 22.12+)"). */
const SUPPORTED_NODES = ['20.19.0', '22.12.0'];

describe('installing on the Node versions the README names', () => {
  it('package.json names the same engines as the README', () => {
    const readme = readFileSync(`${root}README.md`, 'utf8');
    expect(readme).toContain('Node.js 20.19+ (or 22.12+)');
    for (const node of SUPPORTED_NODES) expect(semver.satisfies(node, pkg.engines.node), node).toBe(true);
  });

  it('every locked package supports them, so npm install prints no EBADENGINE warning', () => {
    const refused: string[] = [];
    for (const [path, entry] of Object.entries(lock.packages)) {
      const range = !Array.isArray(entry.engines) ? entry.engines?.node : undefined;
      // Optional platform bindings (wasm, other CPUs) are not installed here, and npm does not warn for them.
      if (!path || !range || entry.optional) continue;
      for (const node of SUPPORTED_NODES) {
        if (!semver.satisfies(node, range)) refused.push(`${path} wants node ${range}, not ${node}`);
      }
    }
    expect(refused).toEqual([]);
  });
});
