import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parkeco } from '../helpers/cli.js';
import { afterAll, describe, expect, it } from 'vitest';

describe('CLI file arguments: a file that cannot be read or written is one Chinese line, exit code 1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parkeco-cli-files-'));
  const dataDir = join(dir, 'data');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('import enterprises with a missing file names the file, prints no stack and opens no store', async () => {
    const r = await parkeco(dataDir, 'import', 'enterprises', 'nofile.xlsx', '--park', 'S437012');
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('错误：无法读取导入文件"nofile.xlsx"：文件或目录不存在');
    expect(r.stdout).toBe('');
    expect(existsSync(dataDir)).toBe(false);
  }, 60_000);

  it('import enterprises given a directory says it is a directory', async () => {
    const r = await parkeco(dataDir, 'import', 'enterprises', dir, '--park', 'S437012');
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`错误：无法读取导入文件"${dir}"：这是一个目录，不是文件`);
  }, 60_000);

  it('export template into a directory that does not exist names the output file', async () => {
    const out = join(dir, 'no-such-dir', 'template.xlsx');
    const r = await parkeco(dataDir, 'export', 'template', '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`错误：无法写入输出文件"${out}"：文件或目录不存在`);
  }, 60_000);
});
