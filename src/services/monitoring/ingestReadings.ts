import { judgeQuality, judgedValue } from '../../domain/monitoring/dataQuality.js';
import type { Db } from '../../store/client.js';
import { getLimitsOfStations, insertReadings, lastDataTimes, lockStations, type NewReading } from '../../store/queries/monitoring.js';
import type { FactorReading } from '../../store/schema/index.js';
import { updateAlarms } from './updateAlarms.js';

/** One frame's data for one station, as the receiver hands it over. */
export interface IncomingReading {
  parkId: number;
  stationId: number;
  /** HJ 212 command: 2011 real-time, 2051 minute, 2061 hour, 2031 day. */
  cn: string;
  dataTime: Date;
  receivedAt: Date;
  factors: Record<string, Omit<FactorReading, 'valid' | 'marks'>>;
}

/** Recent values per station, kind and factor, for the "constant value" mark. Lives as long as the receiver. */
export class QualityHistory {
  private readonly values = new Map<string, string[]>();
  constructor(private readonly keep = 5) {}

  previous(key: string): readonly string[] {
    return this.values.get(key) ?? [];
  }

  push(key: string, value: string) {
    const list = this.values.get(key) ?? [];
    list.push(value);
    if (list.length > this.keep) list.shift();
    this.values.set(key, list);
  }
}

/**
 * Stores a batch of readings in one transaction: marks data quality, skips readings already stored (a logger's
 * retry), and brings the alarms of stations with limits up to date (updateAlarms). The receiver acknowledges a frame
 * only after this has committed.
 */
export async function ingestReadings(db: Db, batch: IncomingReading[], history: QualityHistory): Promise<{ inserted: number; duplicates: number }> {
  if (batch.length === 0) return { inserted: 0, duplicates: 0 };
  const ordered = [...batch].sort((a, b) => a.dataTime.getTime() - b.dataTime.getTime());
  const rows: NewReading[] = ordered.map((r) => {
    const factors: Record<string, FactorReading> = {};
    for (const [code, f] of Object.entries(r.factors)) {
      const key = `${r.stationId}|${r.cn}|${code}`;
      const value = judgedValue(r.cn, f);
      const q = judgeQuality({ factorCode: code, value, flag: f.flag, previous: history.previous(key) });
      if (value !== undefined) history.push(key, value);
      factors[code] = { ...f, valid: q.valid, marks: q.marks };
    }
    return { parkId: r.parkId, stationId: r.stationId, cn: r.cn, dataTime: r.dataTime, factors };
  });

  // The same station, kind and time twice in one batch: keep the first, as the database would.
  const unique = new Map<string, NewReading>();
  for (const r of rows) {
    const k = `${r.stationId}|${r.cn}|${r.dataTime.getTime()}`;
    if (!unique.has(k)) unique.set(k, r);
  }
  const toInsert = [...unique.values()];
  const limits = await getLimitsOfStations(db, [...new Set(toInsert.map((r) => r.stationId))]);
  if (limits.length === 0) {
    // No station of the batch has limits: one statement, atomic by itself.
    const { count } = await insertReadings(db, toInsert, false);
    return { inserted: count, duplicates: batch.length - count };
  }
  const limited = new Set(limits.map((l) => l.stationId));
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    await lockStations(t, [...limited]);
    const kinds = new Map(toInsert.filter((r) => limited.has(r.stationId)).map((r) => [`${r.stationId}|${r.cn}`, r]));
    const lastStored = await lastDataTimes(t, [...kinds.values()]);
    const { inserted } = await insertReadings(t, toInsert, true);
    const insertedKeys = new Set(inserted.map((r) => `${r.stationId}|${r.cn}|${r.dataTime.getTime()}`));
    const fresh = [...unique.entries()].filter(([k, r]) => insertedKeys.has(k) && limited.has(r.stationId)).map(([, r]) => r);
    await updateAlarms(t, fresh, limits, lastStored);
    return { inserted: inserted.length, duplicates: batch.length - inserted.length };
  });
}
