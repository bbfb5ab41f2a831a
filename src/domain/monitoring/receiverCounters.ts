/** One HJ 212 receiver's counters, as it publishes them to the store and the API serves them. */
export interface ReceiverCounters {
  connections: number;
  connectionsTotal: number;
  connectionsRefused: number;
  framesReceived: number;
  framesPerSecond: number;
  framesStored: number;
  acksSent: number;
  bytesReceived: number;
  /** Problems by kind: a violation code of the codec, or unknown_mn, bad_password, store_failed … */
  errors: Record<string, number>;
}
