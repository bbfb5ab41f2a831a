import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../client.js';
import { changeLog } from '../schema/index.js';

export interface ChangeEntry {
  parkId: number;
  entity: string;
  entityId: number;
  action: 'create' | 'update' | 'delete' | 'import';
  actor: string;
  before: unknown;
  after: unknown;
}

export async function appendChange(db: Db, entry: ChangeEntry): Promise<void> {
  await db.insert(changeLog).values({ ...entry, before: entry.before ?? null, after: entry.after ?? null });
}

export async function listChanges(db: Db, parkId: number, entity: string, entityId: number) {
  return db
    .select({ at: changeLog.at, actor: changeLog.actor, action: changeLog.action, before: changeLog.before, after: changeLog.after })
    .from(changeLog)
    .where(and(eq(changeLog.parkId, parkId), eq(changeLog.entity, entity), eq(changeLog.entityId, entityId)))
    .orderBy(desc(changeLog.id));
}
