import { fileURLToPath } from 'node:url';
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

/** Prints a user error the way the API reports it: the message, then one line per issue. Exit code 1. */
export function reportError(e: unknown): never {
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
  throw e;
}
