import { describe, expect, it } from 'vitest';
import { EXE_RTN, QN_RTN } from './codes.js';
import { decodeFrame } from './frame.js';
import { buildDataAnswer, buildExecutionResult, buildNoticeAnswer, buildRequestAnswer, replyFlag } from './replies.js';
import {
  AIR_HOURLY,
  DATA_ANSWER_TO_AIR_HOURLY,
  EXECUTION_RESULT_TO_STANDARD_EXAMPLE,
  FRAME_VECTORS,
  MINUTE_2025,
  NOTICE_ANSWER_TO_MINUTE_2025,
  REQUEST_ANSWER_TO_STANDARD_EXAMPLE,
} from './vectors.js';

const standardExample = FRAME_VECTORS[0].frame;

describe('replies, against literal frames', () => {
  it('9014 data answer to an hourly upload: ST=91, QN/PW/MN echoed, Flag 5 → 4, CP=&&&&', () => {
    expect(buildDataAnswer(AIR_HOURLY.frame)).toBe(DATA_ANSWER_TO_AIR_HOURLY.text);
  });

  it('9011 request answer, QnRtn=1, to the standard example', () => {
    expect(buildRequestAnswer(standardExample, QN_RTN.ready)).toBe(REQUEST_ANSWER_TO_STANDARD_EXAMPLE.text);
  });

  it('9012 execution result, ExeRtn=1, to the standard example', () => {
    expect(buildExecutionResult(standardExample, EXE_RTN.success)).toBe(EXECUTION_RESULT_TO_STANDARD_EXAMPLE.text);
  });

  it('9013 notice answer to a 2025 frame keeps version 2 (Flag 9 → 8)', () => {
    expect(buildNoticeAnswer(MINUTE_2025.frame)).toBe(NOTICE_ANSWER_TO_MINUTE_2025.text);
  });
});

describe('replies round-trip through decodeFrame', () => {
  const target = { qn: '1710468930123', pw: '', mn: 'MN-1', flag: 7 };
  it.each([
    ['9011', buildRequestAnswer(target, QN_RTN.crcError), { QnRtn: '9' }],
    ['9012', buildExecutionResult(target, EXE_RTN.noData), { ExeRtn: '100' }],
    ['9013', buildNoticeAnswer(target), {}],
    ['9014', buildDataAnswer(target), {}],
  ])('%s decodes strictly with the echoed header', (cn, text, params) => {
    const { frame } = decodeFrame(text, { mode: 'strict' });
    expect(frame).toMatchObject({ st: '91', cn, qn: '1710468930123', pw: '', mn: 'MN-1', flag: 4, needsAnswer: false, segmented: false });
    expect(frame?.cp.params).toEqual(params);
    expect(frame?.crc.ok).toBe(true);
  });
});

describe('replyFlag', () => {
  it('keeps the version bits and clears A and D', () => {
    expect([0, 1, 3, 4, 5, 7, 8, 9, 11].map(replyFlag)).toEqual([0, 0, 0, 4, 4, 4, 8, 8, 8]);
  });

  it('answers a frame without Flag as HJ 212-2017', () => {
    expect(replyFlag(null)).toBe(4);
    expect(buildDataAnswer({ qn: null, pw: null, mn: 'M', flag: null })).toMatch(/^##\d{4}ST=91;CN=9014;MN=M;Flag=4;CP=&&&&/);
  });
});
