import { execFile } from 'node:child_process';
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
