import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CheckpointFields } from './auditHash.js';
import type { Db, StoreOptions } from './client.js';
import { trailIsSigned } from './queries/changeLog.js';

/**
 * The audit key: the secret that signs the trail (entry MACs, checkpoints). It must live outside the database —
 * whoever can write the database must not be able to read it — so it comes from the environment or a file:
 *
 * - `PARKECO_AUDIT_KEY`: the key itself, hex or base64, at least 32 bytes;
 * - `PARKECO_AUDIT_KEY_FILE`: a file holding it; created (mode 0600) when missing and the trail is not signed yet;
 * - PGlite without either: `<dataDir>.audit.key`, beside the data directory. PGlite keeps its PostgreSQL files
 *   directly in the data directory, so the key sits next to it, not in it: a copy of the data directory carries no key;
 * - PostgreSQL without either: no key. The server refuses to start and the CLI refuses to write changes. A key made up
 *   on the spot would sit on whichever host ran first (often a container's throw-away disk), and every process that
 *   writes the trail (the web server, CLI runs on other hosts) must share one: only the operator can put it there.
 *
 * The newest checkpoint is also kept in a head file beside the key (`<key file>.head`, or `<dataDir>.audit.head`), so
 * someone who deletes the tail of the trail and every checkpoint in the database is still caught.
 * The key is never logged, printed or written to the database.
 */
export interface AuditKeyring {
  key: Buffer | null;
  /** Why there is no key, for the user (Chinese); null when there is one. */
  missing: string | null;
  /** The file outside the database that keeps the newest checkpoint; null when there is none. */
  headFile: string | null;
}

export type AuditKeyLocation =
  /** `text`: the value of PARKECO_AUDIT_KEY. */
  | { kind: 'env'; text: string; headFile: string | null }
  | { kind: 'file'; path: string; headFile: string }
  /** A database in memory: a random key that lives and dies with it. */
  | { kind: 'memory' }
  | { kind: 'unconfigured' };

const MIN_KEY_BYTES = 32;

/** Where this deployment's audit key is, from the environment and the store options. */
export function auditKeyLocation(env: NodeJS.ProcessEnv, options: StoreOptions): AuditKeyLocation {
  const besideDataDir = (suffix: string) => ('dataDir' in options ? `${resolve(options.dataDir)}.audit.${suffix}` : null);
  if (env.PARKECO_AUDIT_KEY) return { kind: 'env', text: env.PARKECO_AUDIT_KEY, headFile: besideDataDir('head') };
  if (env.PARKECO_AUDIT_KEY_FILE) {
    const path = resolve(env.PARKECO_AUDIT_KEY_FILE);
    return { kind: 'file', path, headFile: `${path.replace(/\.key$/, '')}.head` };
  }
  if ('dataDir' in options) return { kind: 'file', path: besideDataDir('key')!, headFile: besideDataDir('head')! };
  if ('memory' in options) return { kind: 'memory' };
  return { kind: 'unconfigured' };
}

/** A key from its text form: hex, else base64; null when it is neither or shorter than 32 bytes. */
function parseKey(text: string): Buffer | null {
  const t = text.trim();
  let key: Buffer | null = null;
  if (/^(?:[0-9a-fA-F]{2})+$/.test(t)) key = Buffer.from(t, 'hex');
  else if (/^[A-Za-z0-9+/]+={0,2}$/.test(t)) key = Buffer.from(t, 'base64');
  return key && key.length >= MIN_KEY_BYTES ? key : null;
}

const keyring = (key: Buffer | null, missing: string | null, headFile: string | null): AuditKeyring => ({ key, missing, headFile });

/**
 * Loads the audit key from `location` and binds it to `db` (see `auditKeyringOf`). With `create`, a missing key
 * file is created — but only while the trail carries no signature: a key file gone missing from a signed trail
 * must be restored, not replaced, or nothing signed so far could be checked again.
 */
export async function loadAuditKey(db: Db, location: AuditKeyLocation, opts: { create: boolean }): Promise<AuditKeyring> {
  const ring = await readKeyring(db, location, opts);
  bindAuditKeyring(db, ring);
  return ring;
}

async function readKeyring(db: Db, location: AuditKeyLocation, opts: { create: boolean }): Promise<AuditKeyring> {
  const badText = (where: string) => `${where}中的审计密钥无效：应为至少${MIN_KEY_BYTES}字节的十六进制或 base64 文本`;
  switch (location.kind) {
    case 'memory':
      return keyrings.get(db) ?? ephemeralAuditKeyring();
    case 'unconfigured':
      return keyring(
        null,
        '未配置审计密钥：使用 PostgreSQL 时须设置 PARKECO_AUDIT_KEY（十六进制或 base64，至少32字节）或 PARKECO_AUDIT_KEY_FILE（密钥文件路径，不存在时首次启动自动创建），密钥须保存在数据库之外',
        null,
      );
    case 'env': {
      const key = parseKey(location.text);
      return keyring(key, key ? null : badText('环境变量 PARKECO_AUDIT_KEY '), location.headFile);
    }
    case 'file': {
      if (!existsSync(location.path)) {
        if (!opts.create) return keyring(null, `审计密钥文件 ${location.path} 不存在`, location.headFile);
        if (await trailIsSigned(db)) {
          return keyring(
            null,
            `审计密钥文件 ${location.path} 不存在，而变更记录已用密钥签名：请从备份恢复该文件（换新密钥将无法再核验已有记录）`,
            location.headFile,
          );
        }
        try {
          // 'wx': never overwrite a key another process has just created.
          writeFileSync(location.path, `${randomBytes(MIN_KEY_BYTES).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== 'EEXIST') {
            return keyring(
              null,
              `无法创建审计密钥文件 ${location.path}（${(e as NodeJS.ErrnoException).code}）：请用 PARKECO_AUDIT_KEY_FILE 指定可写的位置`,
              location.headFile,
            );
          }
        }
      }
      const key = parseKey(readFileSync(location.path, 'utf8'));
      return keyring(key, key ? null : badText(`文件 ${location.path} `), location.headFile);
    }
  }
}

const keyrings = new WeakMap<Db, AuditKeyring>();

/** A random key kept in memory only: for a database that lives no longer than this process (tests). */
export function ephemeralAuditKeyring(): AuditKeyring {
  return keyring(randomBytes(MIN_KEY_BYTES), null, null);
}

/** Makes `ring` the audit keyring of `db`: what appends and verification on `db` sign and check with. */
export function bindAuditKeyring(db: Db, ring: AuditKeyring): void {
  keyrings.set(db, ring);
}

/** A transaction signs with the key of the database it was opened on. */
export function shareAuditKeyring(from: Db, to: Db): void {
  const ring = keyrings.get(from);
  if (ring) keyrings.set(to, ring);
}

/** The audit keyring bound to `db`; a store opened without loading one has no key. */
export function auditKeyringOf(db: Db): AuditKeyring {
  return keyrings.get(db) ?? keyring(null, '未载入审计密钥', null);
}

/** A checkpoint as kept in the head file. */
export interface SignedCheckpoint extends CheckpointFields {
  mac: string;
}

/** The checkpoint kept in the head file: null when there is no file, 'unreadable' when it is not a checkpoint. */
export function readHeadFile(path: string): SignedCheckpoint | null | 'unreadable' {
  if (!existsSync(path)) return null;
  try {
    const c = JSON.parse(readFileSync(path, 'utf8')) as SignedCheckpoint;
    const ok = Number.isSafeInteger(c.entryId) && typeof c.headHash === 'string' && typeof c.at === 'string' && typeof c.mac === 'string';
    return ok ? { entryId: c.entryId, headHash: c.headHash, at: c.at, mac: c.mac } : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

/** Replaces the head file with `checkpoint` in one rename, so a crash leaves the old one or the new one. */
export function writeHeadFile(path: string, checkpoint: SignedCheckpoint): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(checkpoint)}\n`, { mode: 0o600 });
  renameSync(tmp, path);
}
