import { CN, type ExeRtnCode, FLAG_BITS, FLAG_VERSION_SHIFT, type QnRtnCode, ST } from './codes.js';
import type { CpInput } from './cp.js';
import { encodeFrame, type Hj212Frame } from './frame.js';

/**
 * Replies (应答), ST=91 系统交互. A reply echoes the QN, PW and MN of the frame it answers, and its Flag
 * keeps the request's version bits with A (answer wanted) and D (split packets) cleared: a reply to a
 * 2017 frame (Flag 4–7) carries Flag=4, to a 2025 frame (Flag 8–11) Flag=8, to a 2005 frame Flag=0
 * (caoyiliang/HJ212 answers 2017 frames with Flag=4). A request without Flag is answered as HJ 212-2017.
 * 9013 and 9014 carry an empty CP (`CP=&&&&`).
 */

/** What a reply needs from the frame it answers; a decoded frame is one. */
export type ReplyTarget = Pick<Hj212Frame, 'qn' | 'pw' | 'mn' | 'flag'>;

/**
 * The Flag of a reply to a frame with this Flag.
 *
 * @example replyFlag(5) //=> 4
 * @example replyFlag(9) //=> 8
 */
export function replyFlag(requestFlag: number | null): number {
  if (requestFlag === null) return 1 << FLAG_VERSION_SHIFT;
  return requestFlag & ~(FLAG_BITS.answer | FLAG_BITS.packets);
}

function reply(target: ReplyTarget, cn: string, cp: CpInput): string {
  return encodeFrame({ qn: target.qn, st: ST.systemInteraction, cn, pw: target.pw, mn: target.mn, flag: replyFlag(target.flag), cp });
}

/** 9011 请求应答: whether the request will be executed (QnRtn). */
export function buildRequestAnswer(target: ReplyTarget, qnRtn: QnRtnCode): string {
  return reply(target, CN.requestAnswer, { params: { QnRtn: String(qnRtn) } });
}

/** 9012 执行结果: how the execution ended (ExeRtn). */
export function buildExecutionResult(target: ReplyTarget, exeRtn: ExeRtnCode): string {
  return reply(target, CN.executionResult, { params: { ExeRtn: String(exeRtn) } });
}

/** 9013 通知应答: acknowledges a notice. */
export function buildNoticeAnswer(target: ReplyTarget): string {
  return reply(target, CN.noticeAnswer, {});
}

/** 9014 数据应答: acknowledges an upload of data. */
export function buildDataAnswer(target: ReplyTarget): string {
  return reply(target, CN.dataAnswer, {});
}
