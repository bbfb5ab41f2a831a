import { createServer, type Server, type Socket } from 'node:net';
import { QN_RTN } from '../../hj212/codes.js';
import { decodeFrame, type DecodeMode } from '../../hj212/frame.js';
import { createFramer } from '../../hj212/framer.js';
import { createReassembler } from '../../hj212/reassembly.js';
import { buildDataAnswer, buildRequestAnswer } from '../../hj212/replies.js';
import { IngestQueue, type IngestQueueOptions } from '../../services/monitoring/ingestQueue.js';
import { publishReceiverStatus, type ReceiverStatusPublisher } from '../../services/monitoring/receiverStatus.js';
import { StationDirectory } from '../../services/monitoring/stationDirectory.js';
import { StationAuthFailureLog } from '../../services/monitoring/stationAuthFailures.js';
import { StationLogin, type LoginSession } from '../../services/monitoring/stationLogin.js';
import { failureDelayMs, STATION_AUTH_LIMITS, type StationAuthLimits } from '../../domain/monitoring/stationAuth.js';
import type { Db } from '../../store/client.js';
import { frameToReading, STORED_CNS } from './frameToReading.js';
import { ReceiverStats } from './receiverStats.js';

/** Like HTTP (HOST), the receiver listens on the loopback address unless told otherwise (HJ212_HOST=0.0.0.0). */
export const DEFAULT_HJ212_HOST = '127.0.0.1';

export interface ReceiverOptions {
  db: Db;
  port: number;
  host?: string;
  /** strict: refuse frames with any protocol error, answering with its QnRtn (9 for a CRC error); lenient (default): store what can be read. */
  mode?: DecodeMode;
  maxConnections?: number;
  /** A connection silent this long is closed. */
  idleTimeoutMs?: number;
  /** Largest data segment accepted. */
  maxSegmentBytes?: number;
  queue?: IngestQueueOptions;
  /** How often the counters are written to the store, where the API reads them (default 2 s). */
  statusEveryMs?: number;
  /** Login throttling (default: domain/monitoring/stationAuth.ts). */
  authLimits?: StationAuthLimits;
}

export interface Receiver {
  /** Resolves with the port listened on (useful with port 0), once the receiver has registered in the store. */
  listen(): Promise<number>;
  /** Stops accepting, stores what is queued, closes connections, writes the final counters. */
  close(): Promise<void>;
  readonly stats: ReceiverStats;
  /** The group-commit queue, for its counters. */
  readonly queue: IngestQueue;
}

/** The QnRtn that names why strict mode refuses a frame: its CRC, else the first header field in error. */
function strictRefusal(field: string, crcOk: boolean): (typeof QN_RTN)[keyof typeof QN_RTN] {
  if (!crcOk) return QN_RTN.crcError;
  const byField: Record<string, (typeof QN_RTN)[keyof typeof QN_RTN]> = {
    QN: QN_RTN.qnError,
    ST: QN_RTN.stError,
    CN: QN_RTN.cnError,
    PW: QN_RTN.passwordError,
    MN: QN_RTN.mnError,
    Flag: QN_RTN.flagError,
  };
  return byField[field] ?? QN_RTN.unknownError;
}

/**
 * The HJ 212 receiver: a TCP listener that frames, decodes and checks what data loggers send, stores their data
 * through the group-commit queue, and answers a frame that asks for an answer only after its data has committed.
 * Transport only: the protocol lives in src/hj212, the storing in src/services/monitoring.
 */
export function createHj212Receiver(o: ReceiverOptions): Receiver {
  const stats = new ReceiverStats();
  const queue = new IngestQueue(o.db, o.queue);
  const directory = new StationDirectory(o.db);
  const limits = o.authLimits ?? STATION_AUTH_LIMITS;
  const authFailures = new StationAuthFailureLog(o.db, o.statusEveryMs ?? 2000, limits.address.windowMs);
  const login = new StationLogin(o.db, directory, authFailures, limits);
  const mode = o.mode ?? 'lenient';
  const sockets = new Set<Socket>();
  let paused = false;
  let status: ReceiverStatusPublisher | undefined;

  // Back-pressure: stop reading every socket while the store is behind, resume once it has caught up.
  queue.onDrain(() => {
    if (!paused) return;
    paused = false;
    for (const s of sockets) s.resume();
  });

  const server: Server = createServer((socket) => {
    if (o.maxConnections && sockets.size >= o.maxConnections) {
      stats.connectionsRefused++;
      socket.destroy();
      return;
    }
    sockets.add(socket);
    stats.connections++;
    stats.connectionsTotal++;
    socket.setNoDelay(true);
    socket.setTimeout(o.idleTimeoutMs ?? 5 * 60_000, () => {
      stats.error('idle_timeout');
      socket.destroy();
    });
    const framer = createFramer({ maxSegmentBytes: o.maxSegmentBytes });
    const reassembler = createReassembler({ now: () => performance.now() });
    // Answers go out in the order the frames came in, each once its data has committed.
    let answers: Promise<void> = Promise.resolve();
    const session: LoginSession = new Map();
    const address = socket.remoteAddress ?? '';
    let loginFailures = 0;
    let closing = false;
    const answer = (stored: Promise<boolean>, text: () => string | null) => {
      answers = answers.then(async () => {
        if (!(await stored)) return; // not stored: no answer, so the logger sends it again
        const t = text();
        if (t && !socket.destroyed) {
          // encodeFrame ends frames with CR LF, and frame texts are byte strings.
          socket.write(t, 'latin1');
          stats.acksSent++;
        }
      });
    };

    const handleFrame = async (raw: string) => {
      if (closing) return;
      stats.frame();
      // Decoded leniently either way, so that strict mode can still answer a refused frame with its reason.
      const { frame, violations } = decodeFrame(raw, { mode: 'lenient' });
      const errors = violations.filter((v) => v.severity === 'error');
      for (const v of errors) stats.error(v.code);
      if (!frame) return;
      const wantsAnswer = frame.needsAnswer;
      if (mode === 'strict' && errors.length > 0) {
        if (wantsAnswer) answer(Promise.resolve(true), () => buildRequestAnswer(frame, strictRefusal(errors[0].field, frame.crc.ok)));
        return;
      }
      const refuse = (kind: string, code: (typeof QN_RTN)[keyof typeof QN_RTN]) => {
        stats.error(kind);
        if (wantsAnswer) answer(Promise.resolve(true), () => buildRequestAnswer(frame, code));
      };
      const auth = await login.login(frame.mn ?? '', frame.pw ?? '', address, session);
      if (!auth.ok) {
        // An unknown MN and a wrong password get the same answer (QnRtn 3) after the same delay, so that MNs
        // cannot be told apart; the pair MN + PW is the credential. Repeated failures slow, then close, the connection.
        loginFailures++;
        const delay = failureDelayMs(loginFailures, limits.connection);
        if (delay > 0) await new Promise((r) => setTimeout(r, delay));
        refuse(auth.locked ? 'auth_locked' : 'auth_failed', QN_RTN.passwordError);
        if (loginFailures >= limits.connection.closeAtFailure) {
          closing = true;
          stats.error('auth_closed');
          answers = answers.then(() => void socket.end(() => socket.destroy()));
        }
        return;
      }
      const station = auth.station;
      if (!station.active) return refuse('inactive_station', QN_RTN.rejected);
      queue.heard(station.id, new Date());

      const { frame: whole, packets, violations: setViolations } = frame.segmented
        ? reassembler.accept(frame)
        : { frame, packets: [frame], violations: [] };
      for (const v of setViolations) if (v.severity === 'error') stats.error(v.code);
      if (!whole) {
        // A packet of an incomplete set: held until the set is complete, answered then.
        return;
      }
      let stored = Promise.resolve(true);
      const cn = whole.cn ?? '';
      if (STORED_CNS.has(cn)) {
        const r = frameToReading(whole, station, new Date());
        if ('problem' in r) return refuse(r.problem, QN_RTN.unknownError);
        stored = queue.submit(r.reading).then(
          () => {
            stats.framesStored++;
            return true;
          },
          () => {
            stats.error('store_failed');
            return false;
          },
        );
        if (queue.overloaded && !paused) {
          paused = true;
          for (const s of sockets) s.pause();
        }
      } else if (!cn.startsWith('2')) {
        // Not a data upload, and the platform executes no commands from loggers.
        return refuse('unsupported_cn', QN_RTN.cnError);
      }
      for (const p of packets) if (p.needsAnswer) answer(stored, () => buildDataAnswer(p));
    };

    // Frames of one connection are checked one after another, so a station lookup cannot reorder them.
    let work: Promise<void> = Promise.resolve();
    socket.on('data', (chunk) => {
      stats.bytesReceived += chunk.length;
      const out = framer.push(chunk);
      for (const v of out.violations) if (v.severity === 'error') stats.error(v.code);
      for (const raw of out.frames) work = work.then(() => handleFrame(raw));
      if (paused) socket.pause();
    });
    socket.on('error', () => stats.error('socket_error'));
    socket.on('close', () => {
      sockets.delete(socket);
      stats.connections--;
      for (const v of framer.end().violations) if (v.severity === 'error') stats.error(v.code);
    });
  });

  return {
    stats,
    queue,
    listen: async () => {
      const port = await new Promise<number>((resolve, reject) => {
        server.once('error', reject);
        server.listen(o.port, o.host ?? DEFAULT_HJ212_HOST, () => {
          const address = server.address();
          resolve(typeof address === 'object' && address ? address.port : o.port);
        });
      });
      status = await publishReceiverStatus(o.db, { port, mode, everyMs: o.statusEveryMs ?? 2000, counters: () => stats.snapshot() });
      return port;
    },
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await queue.close();
      await authFailures.close();
      // Let the answers of the last batch reach their sockets before the connections go.
      await new Promise((r) => setTimeout(r, 20));
      for (const s of sockets) s.destroy();
      await closed;
      await status?.stop();
    },
  };
}

