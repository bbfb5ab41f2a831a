import { deriveAlarms, exceededBound, type AlarmLimit, type AlarmPoint, type AlarmSpan } from '../../domain/monitoring/alarms.js';
import { judgedValue } from '../../domain/monitoring/dataQuality.js';
import type { Db } from '../../store/client.js';
import {
  alarmBefore,
  alarmsStarted,
  deleteAlarms,
  getOpenAlarms,
  insertAlarm,
  readingsFrom,
  updateAlarm,
  type AlarmKey,
  type AlarmRow,
  type NewReading,
} from '../../store/queries/monitoring.js';

export interface StationLimit extends AlarmLimit {
  stationId: number;
  factorCode: string;
}

/**
 * Brings the alarms of the stations in `fresh` (readings just stored, in data-time order) up to date. Alarms are kept
 * per station, factor and data kind: a real-time exceedance and an hourly-average one are different events.
 *
 * Data in order — every fresh reading newer than what was stored before (`lastStored`) — steps the open alarm
 * forward. Data out of order (a logger's backlog, or one station's frames committed by two batches) changes the past,
 * so the alarms around it are derived again from the stored readings: from the last alarm running at the earliest
 * late value to the first valid value back within the limit after the latest one. Past that value the alarms cannot
 * change, so a backlog costs a short replay per batch, not one to the present. Either way the alarms are what
 * `deriveAlarms` gives for the whole series in data-time order. The caller holds the stations' locks, so no other
 * batch changes the same alarms meanwhile.
 */
export async function updateAlarms(db: Db, fresh: NewReading[], limits: StationLimit[], lastStored: Map<string, Date>): Promise<void> {
  const open = new Map((await getOpenAlarms(db, [...new Set(fresh.map((r) => r.stationId))])).map((a) => [keyOf(a), a]));
  for (const [groupKey, rows] of groupBy(fresh, (r) => `${r.stationId}|${r.cn}`)) {
    const { stationId, cn, parkId } = rows[0];
    const last = lastStored.get(groupKey);
    const inOrder = last === undefined || rows[0].dataTime > last;
    for (const limit of limits.filter((l) => l.stationId === stationId)) {
      const key: AlarmKey = { stationId, factorCode: limit.factorCode, cn };
      const current = open.get(keyOf(key)) ?? null;
      const { existing, points, running }: AlarmWindow = inOrder
        ? { existing: current ? [current] : [], points: pointsOf(rows, key), running: current }
        : await replayWindow(db, key, limit, rows[0].dataTime, rows[rows.length - 1].dataTime);
      if (points.length === 0 && existing.length === 0) continue;
      await reconcile(db, { parkId, ...key }, existing, deriveAlarms(points, limit, running));
    }
  }
}

/** The stored alarms that new values may change, those values, and the alarm running before the first of them. */
interface AlarmWindow {
  existing: AlarmRow[];
  points: AlarmPoint[];
  running: AlarmSpan | null;
}

/**
 * The window late values from `firstLate` to `lastLate` can change: from the start of the alarm running at
 * `firstLate` (or `firstLate` itself) to the first valid value back within the limit after `lastLate`.
 */
async function replayWindow(db: Db, key: AlarmKey, limit: AlarmLimit, firstLate: Date, lastLate: Date): Promise<AlarmWindow> {
  const before = await alarmBefore(db, key, firstLate);
  const from = before && (before.endedAt === null || before.endedAt > firstLate) ? before.startedAt : firstLate;
  const { points, until } = await replayPoints(db, key, limit, from, lastLate);
  return { existing: await alarmsStarted(db, key, from, until), points, running: null };
}

const REPLAY_PAGE = 500;

/**
 * The stored values from `from` to the first valid one back within the limit after `lastLate` (`until`; null when
 * the replay reached the newest value without finding one), read a page at a time.
 */
async function replayPoints(db: Db, key: AlarmKey, limit: AlarmLimit, from: Date, lastLate: Date) {
  const points: AlarmPoint[] = [];
  for (let after = from, exclusive = false; ; exclusive = true) {
    const page = await readingsFrom(db, key.stationId, key.cn, after, exclusive, REPLAY_PAGE);
    for (const p of pointsOf(page, key)) {
      points.push(p);
      if (p.at > lastLate && p.valid && exceededBound(p.value, limit) === null) return { points, until: p.at };
    }
    if (page.length < REPLAY_PAGE) return { points, until: null };
    after = page[page.length - 1].dataTime;
  }
}

/** Writes the derived alarms over the stored ones, matched by start time: an alarm keeps its id while it lasts. */
async function reconcile(db: Db, key: AlarmKey & { parkId: number }, existing: AlarmRow[], derived: AlarmSpan[]) {
  const byStart = new Map(existing.map((a) => [a.startedAt.getTime(), a]));
  for (const span of derived) {
    const stored = byStart.get(span.startedAt.getTime());
    byStart.delete(span.startedAt.getTime());
    if (!stored) await insertAlarm(db, { ...key, ...span });
    else if (!sameSpan(stored, span)) await updateAlarm(db, stored.id, span);
  }
  await deleteAlarms(db, [...byStart.values()].map((a) => a.id));
}

const sameSpan = (a: AlarmRow, b: AlarmSpan) =>
  a.limitValue === b.limitValue &&
  a.peakValue === b.peakValue &&
  a.peakAt.getTime() === b.peakAt.getTime() &&
  (a.endedAt?.getTime() ?? null) === (b.endedAt?.getTime() ?? null);

function pointsOf(rows: Pick<NewReading, 'dataTime' | 'factors'>[], key: AlarmKey): AlarmPoint[] {
  const points: AlarmPoint[] = [];
  for (const r of rows) {
    const f = r.factors[key.factorCode];
    const value = f && judgedValue(key.cn, f);
    if (value !== undefined) points.push({ at: r.dataTime, value, valid: f.valid });
  }
  return points;
}

const keyOf = (k: AlarmKey) => `${k.stationId}|${k.factorCode}|${k.cn}`;

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
