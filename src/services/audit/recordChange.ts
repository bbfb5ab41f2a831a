import { appendChange } from '../../store/queries/changeLog.js';
import { actorName } from '../auth/actor.js';
import type { ServiceContext } from '../context.js';

/** Appends who (the context's actor), when and what to the audit trail, in the caller's transaction. */
export function recordChange(
  ctx: ServiceContext,
  change: { parkId: number | null; entity: string; entityId: number; action: string; before: unknown; after: unknown },
): Promise<void> {
  return appendChange(ctx.db, {
    ...change,
    actor: actorName(ctx.actor),
    actorUserId: ctx.actor.kind === 'user' ? ctx.actor.id : null,
  });
}
