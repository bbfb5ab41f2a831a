import type { ReceiverCounters } from '../../domain/monitoring/receiverCounters.js';

/** Counters of the HJ 212 receiver, published to the store for the API (services/monitoring/receiverStatus.ts). */
export class ReceiverStats {
  connections = 0;
  connectionsTotal = 0;
  connectionsRefused = 0;
  framesReceived = 0;
  framesStored = 0;
  acksSent = 0;
  bytesReceived = 0;
  /** Problems by kind: a violation code of the codec, or unknown_mn, bad_password, inactive_station, store_failed … */
  errors: Record<string, number> = {};
  /** Frames per whole second, for the last ten seconds. */
  private readonly perSecond = new Map<number, number>();
  private readonly startedAt = Date.now();

  error(kind: string) {
    this.errors[kind] = (this.errors[kind] ?? 0) + 1;
  }

  frame(now = Date.now()) {
    this.framesReceived++;
    const second = Math.floor(now / 1000);
    this.perSecond.set(second, (this.perSecond.get(second) ?? 0) + 1);
    if (this.perSecond.size > 11) for (const s of this.perSecond.keys()) if (s < second - 10) this.perSecond.delete(s);
  }

  /** Frames per second over the last ten seconds. */
  rate(now = Date.now()): number {
    const second = Math.floor(now / 1000);
    const span = Math.min(10, Math.max(1, (now - this.startedAt) / 1000));
    let frames = 0;
    for (const [s, n] of this.perSecond) if (s >= second - 10) frames += n;
    return frames / span;
  }

  snapshot(): ReceiverCounters {
    return {
      connections: this.connections,
      connectionsTotal: this.connectionsTotal,
      connectionsRefused: this.connectionsRefused,
      framesReceived: this.framesReceived,
      framesPerSecond: Math.round(this.rate() * 10) / 10,
      framesStored: this.framesStored,
      acksSent: this.acksSent,
      bytesReceived: this.bytesReceived,
      errors: { ...this.errors },
    };
  }
}
