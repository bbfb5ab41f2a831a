import type { Db } from '../../store/client.js';
import { touchStations } from '../../store/queries/monitoring.js';
import { ingestReadings, QualityHistory, type IncomingReading } from './ingestReadings.js';

export interface IngestQueueOptions {
  /** Readings per transaction at most. */
  maxBatch?: number;
  /** How long the first reading of a batch may wait for others. */
  maxDelayMs?: number;
  /** Transactions in flight at once: 1 for PGlite (one connection), more for PostgreSQL. */
  concurrency?: number;
  /** Above this many waiting readings the receiver stops reading its sockets; it resumes below half of it. */
  highWater?: number;
  /** How often stations' last-heard times are written (one statement for all); online state lags by at most this. */
  lastSeenEveryMs?: number;
}

interface Pending {
  reading: IncomingReading;
  resolve: () => void;
  reject: (e: unknown) => void;
}

/**
 * Group commit for the receiver: readings from every connection are gathered into batches, each stored in one
 * transaction; a reading's promise resolves only once its batch has committed, and the receiver answers the
 * logger then — so nothing acknowledged can be lost.
 */
export class IngestQueue {
  private queue: Pending[] = [];
  private inFlight = 0;
  private timer: NodeJS.Timeout | null = null;
  private readonly history = new QualityHistory();
  private readonly drainListeners = new Set<() => void>();
  private readonly o: Required<IngestQueueOptions>;
  /** Stations heard since the last write of last-heard times: updating a station row per frame would halve ingest. */
  private lastSeen = new Map<number, Date>();
  private readonly lastSeenTimer: NodeJS.Timeout;
  committed = 0;
  duplicates = 0;
  batches = 0;
  failedBatches = 0;

  constructor(
    private readonly db: Db,
    options: IngestQueueOptions = {},
  ) {
    this.o = { maxBatch: 2000, maxDelayMs: 10, concurrency: 1, highWater: 20_000, lastSeenEveryMs: 2000, ...options };
    this.lastSeenTimer = setInterval(() => void this.writeLastSeen(), this.o.lastSeenEveryMs);
    this.lastSeenTimer.unref();
  }

  private async writeLastSeen() {
    if (this.lastSeen.size === 0) return;
    const seen = this.lastSeen;
    this.lastSeen = new Map();
    try {
      await touchStations(this.db, seen);
    } catch {
      // Only the online state lags; the next round writes the times again.
      for (const [id, at] of seen) if (!this.lastSeen.has(id)) this.lastSeen.set(id, at);
    }
  }

  /** Resolves when the reading is committed; rejects when its batch failed (the logger will retry). */
  submit(reading: IncomingReading): Promise<void> {
    this.heard(reading.stationId, reading.receivedAt);
    return new Promise((resolve, reject) => {
      this.queue.push({ reading, resolve, reject });
      if (this.queue.length >= this.o.maxBatch) this.pump();
      else this.timer ??= setTimeout(() => this.pump(), this.o.maxDelayMs);
    });
  }

  /** Notes that a station was heard, whether or not it sent data to store. */
  heard(stationId: number, at: Date) {
    const last = this.lastSeen.get(stationId);
    if (!last || last < at) this.lastSeen.set(stationId, at);
  }

  /** Readings waiting or being stored. */
  get pending(): number {
    return this.queue.length;
  }

  get overloaded(): boolean {
    return this.queue.length > this.o.highWater;
  }

  /** Called once the queue falls back below half the high-water mark. */
  onDrain(listener: () => void): () => void {
    this.drainListeners.add(listener);
    return () => this.drainListeners.delete(listener);
  }

  /** Stores everything still waiting, and the last-heard times. */
  async flush(): Promise<void> {
    while (this.queue.length > 0 || this.inFlight > 0) {
      this.pump();
      await new Promise((r) => setTimeout(r, 5));
    }
    await this.writeLastSeen();
  }

  /** Flushes and stops the timer. */
  async close(): Promise<void> {
    clearInterval(this.lastSeenTimer);
    await this.flush();
  }

  private pump() {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    while (this.inFlight < this.o.concurrency && this.queue.length > 0) {
      const batch = this.queue.splice(0, this.o.maxBatch);
      this.inFlight++;
      void this.store(batch);
    }
  }

  private async store(batch: Pending[]) {
    try {
      const r = await ingestReadings(this.db, batch.map((p) => p.reading), this.history);
      this.committed += r.inserted;
      this.batches++;
      this.duplicates += r.duplicates;
      for (const p of batch) p.resolve();
    } catch (e) {
      this.failedBatches++;
      for (const p of batch) p.reject(e);
    } finally {
      this.inFlight--;
      if (this.queue.length <= this.o.highWater / 2) for (const l of this.drainListeners) l();
      if (this.queue.length > 0) {
        if (this.queue.length >= this.o.maxBatch) this.pump();
        else this.timer ??= setTimeout(() => this.pump(), this.o.maxDelayMs);
      }
    }
  }
}
