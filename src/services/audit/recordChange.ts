import { auditKeyringOf } from '../../store/auditKey.js';
import { appendChange } from '../../store/queries/changeLog.js';
import { actorName } from '../auth/actor.js';
import type { ServiceContext } from '../context.js';
import { ServiceError } from '../errors.js';

/**
 * Appends who (the context's actor), when and what to the audit trail, in the caller's transaction, signed with
 * the audit key. Without a key nothing is written: an unsigned entry after signed ones would read as tampering.
 */
export function recordChange(
  ctx: ServiceContext,
  change: { parkId: number | null; entity: string; entityId: number; action: string; before: unknown; after: unknown },
): Promise<void> {
  const { key, missing } = auditKeyringOf(ctx.db);
  if (!key) throw new ServiceError('BAD_REQUEST', `无法写入变更记录：${missing}`);
  return appendChange(
    ctx.db,
    { ...change, actor: actorName(ctx.actor), actorUserId: ctx.actor.kind === 'user' ? ctx.actor.id : null },
    key,
  );
}
