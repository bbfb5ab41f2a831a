import { checkpointMac, macEquals } from '../../store/auditHash.js';
import { auditKeyringOf, readHeadFile, writeHeadFile, type SignedCheckpoint } from '../../store/auditKey.js';
import { entryHashAt, insertCheckpoint, listCheckpoints, lockTrail, trailHead } from '../../store/queries/changeLog.js';
import { withTransaction, type ServiceContext } from '../context.js';

export interface SealResult {
  /** The checkpoint that now seals the head (new, or the newest one when the head has not moved). */
  checkpoint: SignedCheckpoint | null;
  /** Why no checkpoint was written although the trail has entries (Chinese); null otherwise. */
  refused: string | null;
}

/** A checkpoint's time for people: Beijing time, to the second. */
export function checkpointTime(at: string): string {
  return `${new Date(at).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' })}（北京时间）`;
}

/**
 * Signs the trail's head as a checkpoint, in the database and in the head file outside it. Run when the server
 * starts and stops and when a CLI command ends. Never moves backwards: when the trail is shorter than the newest
 * valid checkpoint, or its hash at that checkpoint changed, nothing is signed — signing would launder the
 * truncation or the rewrite — and `audit verify` reports it.
 */
export async function sealAuditHead(ctx: ServiceContext): Promise<SealResult> {
  const { key, missing, headFile } = auditKeyringOf(ctx.db);
  if (!key) return { checkpoint: null, refused: missing };
  const inFile = headFile ? readHeadFile(headFile) : null;
  const fileCheckpoint = inFile === 'unreadable' ? null : inFile;
  const result = await withTransaction(ctx, async (tx): Promise<SealResult> => {
    await lockTrail(tx.db);
    const head = await trailHead(tx.db);
    if (!head) return { checkpoint: null, refused: null };
    const valid = [...(await listCheckpoints(tx.db)), ...(fileCheckpoint ? [fileCheckpoint] : [])].filter((c) =>
      macEquals(c.mac, checkpointMac(key, c)),
    );
    const newest = valid.reduce<SignedCheckpoint | null>((a, c) => (!a || c.entryId > a.entryId ? c : a), null);
    if (newest && newest.entryId > head.id) {
      return { checkpoint: null, refused: `变更记录只有${head.id}条，短于${checkpointTime(newest.at)}的检查点（${newest.entryId}条）` };
    }
    if (newest && (await entryHashAt(tx.db, newest.entryId)) !== newest.headHash) {
      return { checkpoint: null, refused: `第${newest.entryId}条记录与${checkpointTime(newest.at)}的检查点不符` };
    }
    if (newest?.entryId === head.id) return { checkpoint: newest, refused: null };
    const checkpoint = await insertCheckpoint(tx.db, key, { entryId: head.id, headHash: head.hash, at: new Date().toISOString() });
    return { checkpoint, refused: null };
  });
  // After the commit: the file must never hold a head the database rolled back.
  if (headFile && result.checkpoint && (!fileCheckpoint || fileCheckpoint.entryId < result.checkpoint.entryId)) {
    writeHeadFile(headFile, result.checkpoint);
  }
  return result;
}
