import { auditEntryHash, checkpointMac, entryMac, GENESIS_HASH, macEquals } from '../../store/auditHash.js';
import { auditKeyringOf, readHeadFile, type SignedCheckpoint } from '../../store/auditKey.js';
import { listChangesAfter, listCheckpoints, trailHead } from '../../store/queries/changeLog.js';
import type { ServiceContext } from '../context.js';
import { checkpointTime } from './sealAuditHead.js';

/** One thing found wrong, in Chinese for the user. */
export interface AuditFinding {
  /** entry: an entry altered or removed; truncated: the trail is shorter than a checkpoint; checkpoint: a checkpoint
   *  with a bad signature; key: the audit key is missing, so no signature could be checked. */
  kind: 'entry' | 'truncated' | 'checkpoint' | 'key';
  message: string;
}

export interface AuditVerification {
  /** True only when nothing was found: the chain, every signature and every checkpoint hold. */
  ok: boolean;
  /** Entries found intact from the first one. */
  entries: number;
  /** The first entry found altered or missing, and what is wrong with it. */
  firstBad: { id: number; problem: string } | null;
  /** Entries from before the audit key, without a MAC: checked by the chain (and the checkpoints after them) only. */
  unsigned: number;
  /** Checkpoints with a valid signature, in the database and the head file. */
  checkpoints: number;
  findings: AuditFinding[];
}

/**
 * Walks the audit trail from the first entry and names the first one that was altered or removed: ids must run
 * 1, 2, 3 … without gaps, each entry must point at the hash of the one before, its own hash must match its fields,
 * its MAC must match its hash under the audit key (from the first signed entry on, every entry must have one), and
 * at every checkpoint its hash must be the checkpoint's. Recomputing the chain after a change passes the first
 * three checks but not the last two: they need the key, which is outside the database. A trail shorter than a
 * checkpoint (in the database or in the head file outside it) lost its tail.
 */
export async function verifyAuditTrail(ctx: ServiceContext, pageSize = 1000): Promise<AuditVerification> {
  const { key, missing, headFile } = auditKeyringOf(ctx.db);
  const findings: AuditFinding[] = [];
  if (!key) findings.push({ kind: 'key', message: `${missing}：无法核验签名和检查点，只核验了哈希链` });

  const checkpoints = await trustedCheckpoints(ctx, key, headFile, findings);
  const atEntry = new Map<number, SignedCheckpoint>();
  for (const c of checkpoints) atEntry.set(c.entryId, c);

  let expectedId = 1;
  let prevHash = GENESIS_HASH;
  let unsigned = 0;
  let firstBad: AuditVerification['firstBad'] = null;
  walk: for (;;) {
    const page = await listChangesAfter(ctx.db, expectedId - 1, pageSize);
    for (const row of page) {
      const problem = entryProblem(row, expectedId, prevHash, unsigned, key, atEntry.get(row.id));
      if (problem) {
        firstBad = { id: expectedId, problem };
        break walk;
      }
      if (row.mac === null) unsigned++;
      prevHash = row.hash;
      expectedId++;
    }
    if (page.length < pageSize) break;
  }
  if (firstBad) findings.push({ kind: 'entry', message: `${firstBad.problem}（此前${expectedId - 1}条完好）` });

  const count = (await trailHead(ctx.db))?.id ?? 0;
  const newest = checkpoints.at(-1);
  if (newest && newest.entryId > count) {
    findings.push({
      kind: 'truncated',
      message: `变更记录只有${count}条，短于${checkpointTime(newest.at)}的检查点记录的${newest.entryId}条：末尾${newest.entryId - count}条记录被删除`,
    });
  }
  return { ok: findings.length === 0, entries: expectedId - 1, firstBad, unsigned, checkpoints: checkpoints.length, findings };
}

type Row = Awaited<ReturnType<typeof listChangesAfter>>[number];

/** What is wrong with `row` as the `expectedId`-th entry after `prevHash`; null when nothing. */
function entryProblem(
  row: Row,
  expectedId: number,
  prevHash: string,
  unsignedSoFar: number,
  key: Buffer | null,
  checkpoint: SignedCheckpoint | undefined,
): string | null {
  if (row.id !== expectedId) return `第${expectedId}条记录缺失（下一条为第${row.id}条），记录被删除`;
  if (row.prevHash !== prevHash) return `第${row.id}条记录的前序哈希与第${row.id - 1}条不符，记录链被改动`;
  const hash = auditEntryHash(prevHash, {
    id: row.id,
    parkId: row.parkId,
    entity: row.entity,
    entityId: row.entityId,
    action: row.action,
    actor: row.actor,
    actorUserId: row.actorUserId,
    at: row.at.toISOString(),
    before: row.before,
    after: row.after,
  });
  if (hash !== row.hash) return `第${row.id}条记录的内容与其哈希不符，记录被篡改`;
  // Unsigned entries may only lead the trail (written before the key existed).
  if (row.mac === null && unsignedSoFar < row.id - 1) return `第${row.id}条记录缺少签名，而此前的记录已签名：记录被改动后重算了哈希`;
  if (row.mac !== null && key && !macEquals(row.mac, entryMac(key, row.hash))) {
    return `第${row.id}条记录的签名与其哈希不符：记录被改动后重算了哈希（或所用审计密钥不是写入时的密钥）`;
  }
  if (checkpoint && checkpoint.headHash !== row.hash) {
    return `第${row.id}条记录的哈希与${checkpointTime(checkpoint.at)}的检查点不符：此前的记录被改动后重算了哈希`;
  }
  return null;
}

/**
 * The checkpoints in the database and the head file, in entry order. With the key, one with a bad signature is a
 * finding and is not used; without it, every checkpoint is used as it stands (so truncation is still reported).
 */
async function trustedCheckpoints(ctx: ServiceContext, key: Buffer | null, headFile: string | null, findings: AuditFinding[]) {
  const inFile = headFile ? readHeadFile(headFile) : null;
  if (inFile === 'unreadable') findings.push({ kind: 'checkpoint', message: `检查点文件 ${headFile} 无法读取，可能被改动` });
  const all: (SignedCheckpoint & { where: string })[] = [
    ...(await listCheckpoints(ctx.db)).map((c) => ({ ...c, where: '数据库中' })),
    ...(inFile && inFile !== 'unreadable' ? [{ ...inFile, where: `检查点文件 ${headFile} 中` }] : []),
  ];
  const trusted = all.filter((c) => {
    if (!key || macEquals(c.mac, checkpointMac(key, c))) return true;
    findings.push({
      kind: 'checkpoint',
      message: `${c.where}第${c.entryId}条处${checkpointTime(c.at)}的检查点签名不符：检查点被伪造或改动`,
    });
    return false;
  });
  return trusted.sort((a, b) => a.entryId - b.entryId);
}
