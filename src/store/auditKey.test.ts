import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditKeyLocation, loadAuditKey } from './auditKey.js';
import { openStore, type Store } from './client.js';
import { insertCheckpoint } from './queries/changeLog.js';

describe('where the audit key lives', () => {
  it('beside a PGlite data directory, not inside it (PGlite keeps its files directly in the directory)', () => {
    expect(auditKeyLocation({}, { dataDir: '/srv/parkeco/data' })).toEqual({
      kind: 'file',
      path: '/srv/parkeco/data.audit.key',
      headFile: '/srv/parkeco/data.audit.head',
    });
  });

  it('in the file or the variable the operator names, which win over the default', () => {
    expect(auditKeyLocation({ PARKECO_AUDIT_KEY_FILE: '/etc/parkeco/audit.key' }, { url: 'postgres://db/parkeco' })).toEqual({
      kind: 'file',
      path: '/etc/parkeco/audit.key',
      headFile: '/etc/parkeco/audit.head',
    });
    expect(auditKeyLocation({ PARKECO_AUDIT_KEY: 'ab'.repeat(32) }, { dataDir: '/srv/data' })).toEqual({
      kind: 'env',
      text: 'ab'.repeat(32),
      headFile: '/srv/data.audit.head',
    });
  });

  it('nowhere for PostgreSQL without configuration: the key is not made up', () => {
    expect(auditKeyLocation({}, { url: 'postgres://db/parkeco' })).toEqual({ kind: 'unconfigured' });
  });
});

describe('loading the audit key', () => {
  let store: Store;
  const dir = mkdtempSync(join(tmpdir(), 'parkeco-key-'));
  beforeAll(async () => {
    store = await openStore({ memory: true });
    await store.migrate();
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses PostgreSQL without a key, naming both settings', async () => {
    const ring = await loadAuditKey(store.db, { kind: 'unconfigured' }, { create: true });
    expect(ring.key).toBeNull();
    expect(ring.missing).toContain('PARKECO_AUDIT_KEY');
    expect(ring.missing).toContain('PARKECO_AUDIT_KEY_FILE');
  });

  it('creates a missing key file with mode 0600 while nothing is signed, and reads it back', async () => {
    const path = join(dir, 'audit.key');
    const created = await loadAuditKey(store.db, { kind: 'file', path, headFile: join(dir, 'audit.head') }, { create: true });
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(created.key).toEqual(Buffer.from(readFileSync(path, 'utf8').trim(), 'hex'));
    expect(created.key!.length).toBe(32);
    const again = await loadAuditKey(store.db, { kind: 'file', path, headFile: join(dir, 'audit.head') }, { create: true });
    expect(again.key).toEqual(created.key);
  });

  it('never replaces a lost key file once the trail is signed', async () => {
    await insertCheckpoint(store.db, Buffer.alloc(32, 1), { entryId: 1, headHash: 'a'.repeat(64), at: new Date().toISOString() });
    const path = join(dir, 'lost.key');
    const ring = await loadAuditKey(store.db, { kind: 'file', path, headFile: join(dir, 'audit.head') }, { create: true });
    expect(ring.key).toBeNull();
    expect(ring.missing).toBe(`审计密钥文件 ${path} 不存在，而变更记录已用密钥签名：请从备份恢复该文件（换新密钥将无法再核验已有记录）`);
  });

  it('takes the key from PARKECO_AUDIT_KEY as hex or base64', async () => {
    const key = Buffer.alloc(32, 9);
    for (const text of [key.toString('hex'), key.toString('base64')]) {
      expect((await loadAuditKey(store.db, { kind: 'env', text, headFile: null }, { create: false })).key).toEqual(key);
    }
  });

  it('refuses a key shorter than 32 bytes', async () => {
    const path = join(dir, 'short.key');
    writeFileSync(path, 'ab'.repeat(16));
    const ring = await loadAuditKey(store.db, { kind: 'file', path, headFile: join(dir, 'audit.head') }, { create: false });
    expect(ring.key).toBeNull();
    expect(ring.missing).toBe(`文件 ${path} 中的审计密钥无效：应为至少32字节的十六进制或 base64 文本`);
  });
});
