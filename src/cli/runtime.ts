import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { databaseError } from '../server/errors.js';
import { ServiceError } from '../services/errors.js';
import { sealAuditHead } from '../services/audit/sealAuditHead.js';
import { systemContext, type ServiceContext } from '../services/context.js';
import { auditKeyLocation, loadAuditKey } from '../store/auditKey.js';
import { openStore, storeOptionsFromEnv, type Store } from '../store/client.js';

/** The package root, for web/dist and other files shipped in the checkout. */
export const packageRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface GlobalOptions {
  dataDir?: string;
}

/**
 * Opens the store named by DATABASE_URL or --data-dir, migrated, with its audit key (created beside a PGlite data
 * directory when the trail is not signed yet, unless `createAuditKey` is false), and runs `fn` with a CLI service
 * context. Without a key, reading works and writing a change fails with the reason. Afterwards, unless `seal` is
 * false, the trail's head is sealed as a checkpoint, so what the command appended is covered.
 */
export async function withStore<T>(
  opts: GlobalOptions,
  fn: (ctx: ServiceContext, store: Store) => Promise<T>,
  { createAuditKey = true, seal = true } = {},
): Promise<T> {
  const storeOptions = storeOptionsFromEnv(process.env, opts.dataDir);
  const store = await openStore(storeOptions);
  try {
    await store.migrate();
    await loadAuditKey(store.db, auditKeyLocation(process.env, storeOptions), { create: createAuditKey });
    const ctx = systemContext(store.db, 'cli');
    const result = await fn(ctx, store);
    if (seal) await sealAuditHead(ctx);
    return result;
  } finally {
    await store.close();
  }
}

/** A file named on the command line cannot be read or written; the message names the file and why. */
export class CliFileError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CliFileError';
  }
}

/** Why the file system refused, in the words a user knows. */
const FS_REASONS: Record<string, string> = {
  ENOENT: '文件或目录不存在',
  EACCES: '没有访问权限',
  EPERM: '没有访问权限',
  EISDIR: '这是一个目录，不是文件',
  ENOTDIR: '路径中有一段不是目录',
  EROFS: '文件系统只读',
  ENOSPC: '磁盘空间不足',
};

/** A Node file-system error; reading a directory gives EISDIR without a path. */
function isErrno(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' && 'syscall' in e;
}
const hasPath = (e: unknown): e is NodeJS.ErrnoException & { path: string } => isErrno(e) && typeof e.path === 'string';

const fsReason = (e: NodeJS.ErrnoException) => FS_REASONS[e.code ?? ''] ?? e.code ?? '未知原因';

/** Reads a file the user named (`what`: 导入文件, CSV 文件…); a missing or unreadable file is a {@link CliFileError}. */
export function readInputFile(path: string, what: string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    if (isErrno(e)) throw new CliFileError(`无法读取${what}"${path}"：${fsReason(e)}`, { cause: e });
    throw e;
  }
}

/** Writes a file the user named with --out; a missing directory or no permission is a {@link CliFileError}. */
export function writeOutputFile(path: string, bytes: Uint8Array, what: string): void {
  try {
    writeFileSync(path, bytes);
  } catch (e) {
    if (isErrno(e)) throw new CliFileError(`无法写入${what}"${path}"：${fsReason(e)}`, { cause: e });
    throw e;
  }
}

/**
 * Prints a user error the way the API reports it: the message, then one line per issue. Exit code 1.
 * A file-system error that escaped the helpers above (a data directory, say) is one line naming the path.
 */
export function reportError(e: unknown): never {
  if (e instanceof CliFileError) {
    console.error(`错误：${e.message}`);
    process.exit(1);
  }
  if (hasPath(e)) {
    console.error(`错误：无法访问"${e.path}"：${fsReason(e)}`);
    process.exit(1);
  }
  if (e instanceof ServiceError) {
    console.error(`错误：${e.message}`);
    for (const i of e.issues) {
      const where = [i.sheet && `工作表"${i.sheet}"`, i.row && `第${i.row}行`, i.column && `${i.column}列`, i.field && `字段 ${i.field}`]
        .filter(Boolean)
        .join(' ');
      const value = i.value !== undefined && i.value !== '' ? `，值"${String(i.value)}"` : '';
      const expected = i.expected ? `，应为：${i.expected}` : '';
      console.error(`  - ${where ? `${where}：` : ''}${i.message}${value}${expected}`);
    }
    process.exit(1);
  }
  // A failed query: drizzle's message carries the bound values (password hashes among them); name the statement only.
  const db = databaseError(e);
  if (db?.statement !== undefined) {
    console.error(`错误：数据库执行失败${db.sqlstate ? `（SQLSTATE ${db.sqlstate}）` : ''}：${db.statement}`);
    process.exit(1);
  }
  throw e;
}
