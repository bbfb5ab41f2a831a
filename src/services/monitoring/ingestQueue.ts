import type { Db } from '../../store/client.js';
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
  committed = 0;
  duplicates = 0;
  failedBatches = 0;

  constructor(
    private readonly db: Db,
    options: IngestQueueOptions = {},
  ) {
    this.o = { maxBatch: 2000, maxDelayMs: 10, concurrency: 1, highWater: 20_000, ...options };
  }

  /** Resolves when the reading is committed; rejects when its batch failed (the logger will retry). */
  submit(reading: IncomingReading): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ reading, resolve, reject });
      if (this.queue.length >= this.o.maxBatch) this.pump();
      else this.timer ??= setTimeout(() => this.pump(), this.o.maxDelayMs);
    });
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

  /** Stores everything still waiting. */
  async flush(): Promise<void> {
    while (this.queue.length > 0 || this.inFlight > 0) {
      this.pump();
      await new Promise((r) => setTimeout(r, 5));
    }
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
