import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Command, CommanderError } from 'commander';
import { registerStd } from '../../src/cli/commands/std.js';

const run = promisify(execFile);
/** The CLI as a user runs it. */
export const bin = new URL('../../bin/parkeco.js', import.meta.url).pathname;

/** Runs the CLI as a user would, on its own PGlite directory; never throws, returns exit code and output. */
export async function parkeco(dataDir: string, ...args: string[]) {
  const env = { ...process.env, DATABASE_URL: '' };
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, '--data-dir', dataDir, ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/** Runs `parkeco std …` in-process on a fresh commander program; returns exit code and output. */
export async function std(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const program = new Command('parkeco')
    .exitOverride()
    .configureOutput({ writeOut: (s) => (stdout += s), writeErr: (s) => (stderr += s) });
  registerStd(program);
  try {
    await program.parseAsync(['std', ...args], { from: 'user' });
    return { code: 0, stdout, stderr };
  } catch (e) {
    if (e instanceof CommanderError) return { code: e.exitCode, stdout, stderr };
    throw e;
  }
}

let demoTemplate: Promise<string> | null = null;

/**
 * Puts the demo park (without the simulated year) in `dataDir`, as `parkeco db seed-demo --no-simulated-year` would:
 * a copy of a data directory seeded once per test worker, with its audit key and head beside it. A CLI process on a
 * new directory spends seconds in PGlite's initdb and the seeding; a copy takes a fraction of one.
 */
export async function demoDataDir(dataDir: string): Promise<void> {
  demoTemplate ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parkeco-demo-template-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    const template = join(dir, 'data');
    const seeded = await parkeco(template, 'db', 'seed-demo', '--no-simulated-year');
    if (seeded.code !== 0) throw new Error(`seed-demo: ${seeded.stderr}`);
    return template;
  })();
  const template = await demoTemplate;
  cpSync(template, dataDir, { recursive: true });
  for (const suffix of ['audit.key', 'audit.head']) cpSync(`${template}.${suffix}`, `${dataDir}.${suffix}`);
}
