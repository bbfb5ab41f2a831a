import type { Hj212Cp } from './cp.js';
import type { CrcCheck, Hj212Frame } from './frame.js';
import type { Hj212Time } from './time.js';
import type { ViolationCode } from './violation.js';

/**
 * Shared HJ 212 test vectors, used by the tests and by bench/hj212Parse.ts. Every frame text is written out
 * literally: the standard's own example (hj212.md §1.4) and frames constructed by hand from the field
 * definitions. Lengths were counted and CRCs computed with a deliberately naive bit-by-bit transcription of
 * the standard's Appendix A loop (naiveCrc.ts), never with the encoder under test; crc.test.ts re-checks every
 * literal with it. Expected objects are written by hand too: times as wall-clock China Standard Time through
 * {@link cst}, which uses Date.UTC and none of the code under test.
 */

/** Epoch milliseconds of a wall-clock time in China Standard Time (UTC+8). */
export function cst(year: number, month: number, day: number, hour: number, minute: number, second: number, ms = 0): number {
  return Date.UTC(year, month - 1, day, hour - 8, minute, second, ms);
}

const t14 = (text: string, epochMs: number): Hj212Time => ({ text, format: 'yyyyMMddHHmmss', epochMs });
const t17 = (text: string, epochMs: number): Hj212Time => ({ text, format: 'yyyyMMddHHmmssSSS', epochMs });
const goodCrc = (text: string): CrcCheck => ({ text, ok: true, variant: 'hj212', expected: text });
const noCp: Hj212Cp = { dataTime: null, factors: [], params: {} };

export interface FrameVector {
  name: string;
  /** Where the frame comes from. */
  source: string;
  /** The frame as sent, CR LF included. Non-ASCII characters travel as UTF-8. */
  text: string;
  /** What decodeFrame returns for `text` (with no violation), and what encodeFrame turns back into `text`. */
  frame: Hj212Frame;
}

const MN_STD = '010000A8900016F000169DC0';
const MN_AIR = '430426A2024AQ00000000001';
const MN_WATER = '430426A2024WW00000000002';
const MN_FLUE = '430426A2024FG00000000003';
const MN_AIR_2026 = '430426A2026AQ00000000004';
const MN_NOISE = '430426A2024NS00000000006';

/** Header defaults of the constructed frames: HJ 212-2017, upload that wants an answer (Flag=5). */
function frame(fields: Partial<Hj212Frame> & Pick<Hj212Frame, 'declaredLength' | 'qn' | 'st' | 'cn' | 'mn' | 'crc'>): Hj212Frame {
  return {
    qnTime: null,
    pw: '123456',
    flag: 5,
    version: '2017',
    needsAnswer: true,
    segmented: false,
    pnum: null,
    pno: null,
    cp: noCp,
    extra: {},
    ...fields,
  };
}

const standardExample: FrameVector = {
  name: 'standard example: set real-time interval (CN 1062)',
  source: 'HJ 212-2017 example, hj212.md §1.4 (CRC 1C80; CRC-16/MODBUS would be 0759)',
  text: '##0101QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&1C80\r\n',
  frame: frame({
    declaredLength: 101,
    qn: '20160801085857223',
    qnTime: t17('20160801085857223', cst(2016, 8, 1, 8, 58, 57, 223)),
    st: '32',
    cn: '1062',
    pw: '100000',
    mn: MN_STD,
    cp: { dataTime: null, factors: [], params: { RtdInterval: '30' } },
    crc: goodCrc('1C80'),
  }),
};

/** The ~300-byte hourly frame of the bench: six ambient-air factors with average and data mark. */
export const AIR_HOURLY: FrameVector = {
  name: 'ambient air hourly data (CN 2061, ST 22)',
  source: 'constructed: an air micro-station hour of PM2.5, PM10, SO2, NO2, CO, O3',
  text:
    '##0289QN=20240315100000123;ST=22;CN=2061;PW=123456;MN=430426A2024AQ00000000001;Flag=5;CP=&&DataTime=20240315090000;' +
    'a34004-Avg=35.2,a34004-Flag=N;a34002-Avg=61.0,a34002-Flag=N;a21026-Avg=8.0,a21026-Flag=N;a21004-Avg=27.5,a21004-Flag=N;' +
    'a21005-Avg=0.62,a21005-Flag=N;a05024-Avg=88.4,a05024-Flag=N&&5440\r\n',
  frame: frame({
    declaredLength: 289,
    qn: '20240315100000123',
    qnTime: t17('20240315100000123', cst(2024, 3, 15, 10, 0, 0, 123)),
    st: '22',
    cn: '2061',
    mn: MN_AIR,
    cp: {
      dataTime: t14('20240315090000', cst(2024, 3, 15, 9, 0, 0)),
      factors: [
        { code: 'a34004', fields: { Avg: '35.2', Flag: 'N' } },
        { code: 'a34002', fields: { Avg: '61.0', Flag: 'N' } },
        { code: 'a21026', fields: { Avg: '8.0', Flag: 'N' } },
        { code: 'a21004', fields: { Avg: '27.5', Flag: 'N' } },
        { code: 'a21005', fields: { Avg: '0.62', Flag: 'N' } },
        { code: 'a05024', fields: { Avg: '88.4', Flag: 'N' } },
      ],
      params: {},
    },
    crc: goodCrc('5440'),
  }),
};

const waterHourly: FrameVector = {
  name: 'wastewater outlet hourly data with emission amounts (CN 2061, ST 32)',
  source: 'constructed: 12.5 L/s for an hour is 45.0 m³; COD 24.8 mg/L × 45 m³ = 1.116 kg; NH3-N 0.51 × 45 = 0.023 kg',
  text:
    '##0408QN=20240315100500456;ST=32;CN=2061;PW=123456;MN=430426A2024WW00000000002;Flag=5;CP=&&DataTime=20240315090000;' +
    'w01018-Min=21.3,w01018-Avg=24.8,w01018-Max=29.0,w01018-Cou=1.116,w01018-Flag=N;' +
    'w21003-Min=0.42,w21003-Avg=0.51,w21003-Max=0.66,w21003-Cou=0.023,w21003-Flag=N;' +
    'w01001-Min=7.12,w01001-Avg=7.25,w01001-Max=7.41,w01001-Flag=N;' +
    'w00000-Min=11.8,w00000-Avg=12.5,w00000-Max=13.4,w00000-Cou=45.0,w00000-Flag=N&&CC01\r\n',
  frame: frame({
    declaredLength: 408,
    qn: '20240315100500456',
    qnTime: t17('20240315100500456', cst(2024, 3, 15, 10, 5, 0, 456)),
    st: '32',
    cn: '2061',
    mn: MN_WATER,
    cp: {
      dataTime: t14('20240315090000', cst(2024, 3, 15, 9, 0, 0)),
      factors: [
        { code: 'w01018', fields: { Min: '21.3', Avg: '24.8', Max: '29.0', Cou: '1.116', Flag: 'N' } },
        { code: 'w21003', fields: { Min: '0.42', Avg: '0.51', Max: '0.66', Cou: '0.023', Flag: 'N' } },
        { code: 'w01001', fields: { Min: '7.12', Avg: '7.25', Max: '7.41', Flag: 'N' } },
        { code: 'w00000', fields: { Min: '11.8', Avg: '12.5', Max: '13.4', Cou: '45.0', Flag: 'N' } },
      ],
      params: {},
    },
    crc: goodCrc('CC01'),
  }),
};

const flueGasRealTime: FrameVector = {
  name: 'flue gas real-time data with converted values (CN 2011, ST 31, no answer wanted)',
  source: 'constructed: SO2, NOx, dust with ZsRtd (折算), O2 and flue gas flow; Flag=4',
  text:
    '##0313QN=20240315101530000;ST=31;CN=2011;PW=123456;MN=430426A2024FG00000000003;Flag=4;CP=&&DataTime=20240315101530;' +
    'a21026-Rtd=35.6,a21026-ZsRtd=41.2,a21026-Flag=N;a21002-Rtd=88.1,a21002-ZsRtd=101.9,a21002-Flag=N;' +
    'a34013-Rtd=4.3,a34013-ZsRtd=5.0,a34013-Flag=N;a19001-Rtd=9.8,a19001-Flag=N;a00000-Rtd=25.31,a00000-Flag=N&&B101\r\n',
  frame: frame({
    declaredLength: 313,
    qn: '20240315101530000',
    qnTime: t17('20240315101530000', cst(2024, 3, 15, 10, 15, 30)),
    st: '31',
    cn: '2011',
    mn: MN_FLUE,
    flag: 4,
    needsAnswer: false,
    cp: {
      dataTime: t14('20240315101530', cst(2024, 3, 15, 10, 15, 30)),
      factors: [
        { code: 'a21026', fields: { Rtd: '35.6', ZsRtd: '41.2', Flag: 'N' } },
        { code: 'a21002', fields: { Rtd: '88.1', ZsRtd: '101.9', Flag: 'N' } },
        { code: 'a34013', fields: { Rtd: '4.3', ZsRtd: '5.0', Flag: 'N' } },
        { code: 'a19001', fields: { Rtd: '9.8', Flag: 'N' } },
        { code: 'a00000', fields: { Rtd: '25.31', Flag: 'N' } },
      ],
      params: {},
    },
    crc: goodCrc('B101'),
  }),
};

/** A 2025-revision minute upload (Flag=9: version bits 2, answer wanted). */
export const MINUTE_2025: FrameVector = {
  name: '2025 revision minute data (CN 2051, Flag=9)',
  source: 'constructed: Flag=9 → version 2, A=1 (hj212.md §1.2)',
  text:
    '##0169QN=20260301080100000;ST=22;CN=2051;PW=123456;MN=430426A2026AQ00000000004;Flag=9;CP=&&DataTime=20260301080000;' +
    'a34004-Avg=22.0,a34004-Flag=N;a21026-Avg=6.0,a21026-Flag=N&&AD81\r\n',
  frame: frame({
    declaredLength: 169,
    qn: '20260301080100000',
    qnTime: t17('20260301080100000', cst(2026, 3, 1, 8, 1, 0)),
    st: '22',
    cn: '2051',
    mn: MN_AIR_2026,
    flag: 9,
    version: '2025',
    cp: {
      dataTime: t14('20260301080000', cst(2026, 3, 1, 8, 0, 0)),
      factors: [
        { code: 'a34004', fields: { Avg: '22.0', Flag: 'N' } },
        { code: 'a21026', fields: { Avg: '6.0', Flag: 'N' } },
      ],
      params: {},
    },
    crc: goodCrc('AD81'),
  }),
};

const hourly2005: FrameVector = {
  name: 'HJ/T 212-2005 hourly data with 2005 factor codes (Flag=1)',
  source: 'constructed: 011 COD, 060 NH3-N, B01 wastewater flow; version bits 0, 14-character MN',
  text:
    '##0185QN=20120315100000000;ST=32;CN=2061;PW=123456;MN=43042600000005;Flag=1;CP=&&DataTime=20120315090000;' +
    '011-Avg=24.8,011-Flag=N;060-Avg=0.51,060-Flag=N;B01-Avg=12.5,B01-Cou=45.0,B01-Flag=N&&0780\r\n',
  frame: frame({
    declaredLength: 185,
    qn: '20120315100000000',
    qnTime: t17('20120315100000000', cst(2012, 3, 15, 10, 0, 0)),
    st: '32',
    cn: '2061',
    mn: '43042600000005',
    flag: 1,
    version: '2005',
    cp: {
      dataTime: t14('20120315090000', cst(2012, 3, 15, 9, 0, 0)),
      factors: [
        { code: '011', fields: { Avg: '24.8', Flag: 'N' } },
        { code: '060', fields: { Avg: '0.51', Flag: 'N' } },
        { code: 'B01', fields: { Avg: '12.5', Cou: '45.0', Flag: 'N' } },
      ],
      params: {},
    },
    crc: goodCrc('0780'),
  }),
};

const packetHeader = {
  qn: '20240315110000000',
  qnTime: t17('20240315110000000', cst(2024, 3, 15, 11, 0, 0)),
  st: '32',
  cn: '2061',
  mn: MN_WATER,
  flag: 7,
  segmented: true,
  pnum: 2,
} as const;

/** Packets 1 and 2 of a split hourly upload (Flag=7: version 1, D=1, A=1). */
export const PACKET_1: FrameVector = {
  name: 'split hourly data, packet 1 of 2',
  source: 'constructed: PNUM=2;PNO=1 after Flag',
  text:
    '##0183QN=20240315110000000;ST=32;CN=2061;PW=123456;MN=430426A2024WW00000000002;Flag=7;PNUM=2;PNO=1;CP=&&DataTime=20240315100000;' +
    'w01018-Avg=25.1,w01018-Flag=N;w21003-Avg=0.48,w21003-Flag=N&&7640\r\n',
  frame: frame({
    ...packetHeader,
    declaredLength: 183,
    pno: 1,
    cp: {
      dataTime: t14('20240315100000', cst(2024, 3, 15, 10, 0, 0)),
      factors: [
        { code: 'w01018', fields: { Avg: '25.1', Flag: 'N' } },
        { code: 'w21003', fields: { Avg: '0.48', Flag: 'N' } },
      ],
      params: {},
    },
    crc: goodCrc('7640'),
  }),
};

export const PACKET_2: FrameVector = {
  name: 'split hourly data, packet 2 of 2',
  source: 'constructed: PNUM=2;PNO=2; total nitrogen marked D (instrument fault)',
  text:
    '##0182QN=20240315110000000;ST=32;CN=2061;PW=123456;MN=430426A2024WW00000000002;Flag=7;PNUM=2;PNO=2;CP=&&DataTime=20240315100000;' +
    'w21011-Avg=0.12,w21011-Flag=N;w21001-Avg=8.6,w21001-Flag=D&&1980\r\n',
  frame: frame({
    ...packetHeader,
    declaredLength: 182,
    pno: 2,
    cp: {
      dataTime: t14('20240315100000', cst(2024, 3, 15, 10, 0, 0)),
      factors: [
        { code: 'w21011', fields: { Avg: '0.12', Flag: 'N' } },
        { code: 'w21001', fields: { Avg: '8.6', Flag: 'D' } },
      ],
      params: {},
    },
    crc: goodCrc('1980'),
  }),
};

const noiseRealTime: FrameVector = {
  name: 'noise real-time data (CN 2011, ST 23)',
  source: 'constructed: A-weighted level LA',
  text:
    '##0132QN=20240315220000000;ST=23;CN=2011;PW=123456;MN=430426A2024NS00000000006;Flag=4;CP=&&DataTime=20240315220000;' +
    'LA-Rtd=52.3,LA-Flag=N&&84C1\r\n',
  frame: frame({
    declaredLength: 132,
    qn: '20240315220000000',
    qnTime: t17('20240315220000000', cst(2024, 3, 15, 22, 0, 0)),
    st: '23',
    cn: '2011',
    mn: MN_NOISE,
    flag: 4,
    needsAnswer: false,
    cp: {
      dataTime: t14('20240315220000', cst(2024, 3, 15, 22, 0, 0)),
      factors: [{ code: 'LA', fields: { Rtd: '52.3', Flag: 'N' } }],
      params: {},
    },
    crc: goodCrc('84C1'),
  }),
};

const infoUtf8: FrameVector = {
  name: 'logger information with a UTF-8 log text (CN 3020)',
  source: 'constructed: i11001-Info is a log between "//" in UTF-8 (HJ 212-2017 Appendix B); length counts 164 bytes',
  text:
    '##0164QN=20240315080000000;ST=32;CN=3020;PW=123456;MN=430426A2024WW00000000002;Flag=4;CP=&&DataTime=20240315080000;' +
    'PolId=w01018;i11001-Info=//仪器开机自检完成//&&FA01\r\n',
  frame: frame({
    declaredLength: 164,
    qn: '20240315080000000',
    qnTime: t17('20240315080000000', cst(2024, 3, 15, 8, 0, 0)),
    st: '32',
    cn: '3020',
    mn: MN_WATER,
    flag: 4,
    needsAnswer: false,
    cp: {
      dataTime: t14('20240315080000', cst(2024, 3, 15, 8, 0, 0)),
      factors: [{ code: 'i11001', fields: { Info: '//仪器开机自检完成//' } }],
      params: { PolId: 'w01018' },
    },
    crc: goodCrc('FA01'),
  }),
};

/** Replies: ST=91, Flag with the request's version bits and A, D cleared, QN/PW/MN of the request. */
const replyFrame = (fields: Pick<Hj212Frame, 'declaredLength' | 'qn' | 'qnTime' | 'cn' | 'pw' | 'mn' | 'cp' | 'crc'> & Partial<Hj212Frame>): Hj212Frame =>
  frame({ st: '91', flag: 4, needsAnswer: false, ...fields });

export const DATA_ANSWER_TO_AIR_HOURLY: FrameVector = {
  name: 'data answer (CN 9014) to the air hourly upload',
  source: 'constructed: reply to AIR_HOURLY (Flag=5 → 4), CP=&&&&',
  text: '##0087QN=20240315100000123;ST=91;CN=9014;PW=123456;MN=430426A2024AQ00000000001;Flag=4;CP=&&&&4680\r\n',
  frame: replyFrame({
    declaredLength: 87,
    qn: '20240315100000123',
    qnTime: t17('20240315100000123', cst(2024, 3, 15, 10, 0, 0, 123)),
    cn: '9014',
    pw: '123456',
    mn: MN_AIR,
    cp: noCp,
    crc: goodCrc('4680'),
  }),
};

const answerToStandardExample = {
  qn: '20160801085857223',
  qnTime: t17('20160801085857223', cst(2016, 8, 1, 8, 58, 57, 223)),
  pw: '100000',
  mn: MN_STD,
} as const;

export const REQUEST_ANSWER_TO_STANDARD_EXAMPLE: FrameVector = {
  name: 'request answer (CN 9011, QnRtn=1) to the standard example',
  source: 'constructed: reply to the §1.4 example (Flag=5 → 4)',
  text: '##0094QN=20160801085857223;ST=91;CN=9011;PW=100000;MN=010000A8900016F000169DC0;Flag=4;CP=&&QnRtn=1&&E101\r\n',
  frame: replyFrame({
    ...answerToStandardExample,
    declaredLength: 94,
    cn: '9011',
    cp: { dataTime: null, factors: [], params: { QnRtn: '1' } },
    crc: goodCrc('E101'),
  }),
};

export const EXECUTION_RESULT_TO_STANDARD_EXAMPLE: FrameVector = {
  name: 'execution result (CN 9012, ExeRtn=1) to the standard example',
  source: 'constructed: reply to the §1.4 example (Flag=5 → 4)',
  text: '##0095QN=20160801085857223;ST=91;CN=9012;PW=100000;MN=010000A8900016F000169DC0;Flag=4;CP=&&ExeRtn=1&&21C0\r\n',
  frame: replyFrame({
    ...answerToStandardExample,
    declaredLength: 95,
    cn: '9012',
    cp: { dataTime: null, factors: [], params: { ExeRtn: '1' } },
    crc: goodCrc('21C0'),
  }),
};

export const NOTICE_ANSWER_TO_MINUTE_2025: FrameVector = {
  name: 'notice answer (CN 9013) to the 2025 minute upload',
  source: 'constructed: reply to MINUTE_2025 (Flag=9 → 8)',
  text: '##0087QN=20260301080100000;ST=91;CN=9013;PW=123456;MN=430426A2026AQ00000000004;Flag=8;CP=&&&&BF41\r\n',
  frame: replyFrame({
    declaredLength: 87,
    qn: '20260301080100000',
    qnTime: t17('20260301080100000', cst(2026, 3, 1, 8, 1, 0)),
    cn: '9013',
    pw: '123456',
    mn: MN_AIR_2026,
    flag: 8,
    version: '2025',
    cp: noCp,
    crc: goodCrc('BF41'),
  }),
};

/** Frames that follow the standard: each decodes without violation and encodes back to the same bytes. */
export const FRAME_VECTORS: readonly FrameVector[] = [
  standardExample,
  AIR_HOURLY,
  waterHourly,
  flueGasRealTime,
  MINUTE_2025,
  hourly2005,
  PACKET_1,
  PACKET_2,
  noiseRealTime,
  infoUtf8,
  DATA_ANSWER_TO_AIR_HOURLY,
  REQUEST_ANSWER_TO_STANDARD_EXAMPLE,
  EXECUTION_RESULT_TO_STANDARD_EXAMPLE,
  NOTICE_ANSWER_TO_MINUTE_2025,
];

export interface QuirkVector {
  name: string;
  /** The hj212.md §1.3 class. */
  quirk: string;
  text: string;
  /** Fields the lenient decode must have (a subset of the frame; null: no frame at all). */
  frame: { [K in keyof Hj212Frame]?: unknown } | null;
  /** Codes of every lenient violation, in order. */
  violations: ViolationCode[];
}

const STD_SEGMENT = 'QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&';
const crcOf = (text: string, variant: CrcCheck['variant']): CrcCheck => ({ text, ok: false, variant, expected: '1C80' });

/** Real-world deviations a receiver must survive (hj212.md §1.3), one frame each. */
export const QUIRK_VECTORS: readonly QuirkVector[] = [
  {
    name: 'byte-swapped CRC-16/MODBUS',
    quirk: '§1.3 #1 CRC variants',
    text: `##0101${STD_SEGMENT}5907\r\n`,
    frame: { crc: crcOf('5907', 'modbus-swapped'), cp: { dataTime: null, factors: [], params: { RtdInterval: '30' } } },
    violations: ['CRC_MODBUS_SWAPPED'],
  },
  {
    name: 'CRC-16/MODBUS in register order',
    quirk: '§1.3 #1 CRC variants',
    text: `##0101${STD_SEGMENT}0759\r\n`,
    frame: { crc: crcOf('0759', 'modbus') },
    violations: ['CRC_MODBUS'],
  },
  {
    name: 'lowercase CRC',
    quirk: '§1.3 #1 CRC variants (compared case-insensitively)',
    text: `##0101${STD_SEGMENT}1c80\r\n`,
    frame: { crc: { text: '1c80', ok: true, variant: 'hj212', expected: '1C80' } },
    violations: [],
  },
  {
    name: 'CRC sent as 0000',
    quirk: '§1.3 #1 CRC variants',
    text: `##0101${STD_SEGMENT}0000\r\n`,
    frame: { crc: crcOf('0000', null) },
    violations: ['CRC_ZERO'],
  },
  {
    name: 'wrong CRC, kept in lenient mode',
    quirk: '§1.3 #2 wrong CRCs in copied examples',
    text: `##0101${STD_SEGMENT}1C81\r\n`,
    frame: { crc: crcOf('1C81', null), cn: '1062' },
    violations: ['CRC_MISMATCH'],
  },
  {
    name: '3-digit length field',
    quirk: '§1.3 #3 framing',
    text: `##101${STD_SEGMENT}1C80\r\n`,
    frame: { declaredLength: 101, crc: { text: '1C80', ok: true, variant: 'hj212', expected: '1C80' } },
    violations: ['LENGTH_3_DIGITS'],
  },
  {
    name: 'no CR LF',
    quirk: '§1.3 #3 framing (decodeFrame accepts it; the framer reports it)',
    text: `##0101${STD_SEGMENT}1C80`,
    frame: { cn: '1062', crc: { text: '1C80', ok: true, variant: 'hj212', expected: '1C80' } },
    violations: [],
  },
  {
    name: 'wrong length field',
    quirk: '§1.5 #6 precise diagnostics: expected 0101, actual 0100',
    text: `##0100${STD_SEGMENT}1C80\r\n`,
    frame: { declaredLength: 100, cn: '1062' },
    violations: ['LENGTH_MISMATCH'],
  },
  {
    name: 'no QN',
    quirk: '§1.3 #4 header variants',
    text:
      '##0119ST=22;CN=2011;PW=123456;MN=430426A2024AQ00000000001;Flag=4;CP=&&DataTime=20240315101530;' +
      'a34004-Rtd=35.2,a34004-Flag=N&&59C0\r\n',
    frame: { qn: null, qnTime: null, st: '22', cn: '2011' },
    violations: ['QN_MISSING'],
  },
  {
    name: 'no Flag',
    quirk: '§1.3 #4 header variants',
    text:
      '##0133QN=20240315101530000;ST=22;CN=2011;PW=123456;MN=430426A2024AQ00000000001;CP=&&DataTime=20240315101530;' +
      'a34004-Rtd=35.2,a34004-Flag=N&&6B80\r\n',
    frame: { flag: null, version: null, needsAnswer: false, segmented: false },
    violations: ['FLAG_MISSING'],
  },
  {
    name: 'QN as 13-digit epoch milliseconds',
    quirk: '§1.3 #4 header variants',
    text:
      '##0136QN=1710468930123;ST=22;CN=2011;PW=123456;MN=430426A2024AQ00000000001;Flag=4;CP=&&DataTime=20240315101530;' +
      'a34004-Rtd=35.2,a34004-Flag=N&&3FC0\r\n',
    frame: { qn: '1710468930123', qnTime: { text: '1710468930123', format: 'epochMs', epochMs: cst(2024, 3, 15, 10, 15, 30, 123) } },
    violations: ['QN_FORMAT'],
  },
  {
    name: 'PNO before PNUM, zero-padded',
    quirk: '§1.3 #4 header variants',
    text:
      '##0159QN=20240315110000000;ST=32;CN=2061;PW=123456;MN=430426A2024WW00000000002;Flag=7;PNO=0001;PNUM=0002;' +
      'CP=&&DataTime=20240315100000;w01018-Avg=25.1,w01018-Flag=N&&AB41\r\n',
    frame: { pnum: 2, pno: 1, segmented: true },
    violations: ['FIELD_ORDER'],
  },
  {
    name: 'empty PW',
    quirk: '§1.3 #4 header variants',
    text:
      '##0134QN=20240315101530000;ST=22;CN=2011;PW=;MN=430426A2024AQ00000000001;Flag=4;CP=&&DataTime=20240315101530;' +
      'a34004-Rtd=35.2,a34004-Flag=N&&CD41\r\n',
    frame: { pw: '' },
    violations: ['PW_EMPTY'],
  },
  {
    name: 'unknown CN 9021',
    quirk: '§1.3 #4 header variants',
    text: '##0110QN=20240315101530000;ST=32;CN=9021;PW=123456;MN=430426A2024WW00000000002;Flag=4;CP=&&DataTime=20240315101530&&3300\r\n',
    frame: { cn: '9021', cp: { dataTime: { text: '20240315101530', format: 'yyyyMMddHHmmss', epochMs: cst(2024, 3, 15, 10, 15, 30) }, factors: [], params: {} } },
    violations: ['CN_UNKNOWN'],
  },
  {
    name: 'unknown ST 80 (electricity monitoring)',
    quirk: '§1.3 #4 header variants',
    text:
      '##0126QN=20240315101530000;ST=80;CN=2011;PW=123456;MN=430426A2024EM00000000007;Flag=4;CP=&&DataTime=20240315101530;' +
      'e01001-Rtd=12.5&&A6C1\r\n',
    frame: { st: '80', cp: { dataTime: { text: '20240315101530', format: 'yyyyMMddHHmmss', epochMs: cst(2024, 3, 15, 10, 15, 30) }, factors: [{ code: 'e01001', fields: { Rtd: '12.5' } }], params: {} } },
    violations: ['ST_UNKNOWN'],
  },
  {
    name: 'Flag after PNUM/PNO',
    quirk: '§1.3 #7 serialization order (Flag must follow MN)',
    text:
      '##0153QN=20240315110000000;ST=32;CN=2061;PW=123456;MN=430426A2024WW00000000002;PNUM=1;PNO=1;Flag=7;' +
      'CP=&&DataTime=20240315100000;w01018-Avg=25.1,w01018-Flag=N&&D941\r\n',
    frame: { flag: 7, pnum: 1, pno: 1 },
    violations: ['FIELD_ORDER'],
  },
  {
    name: 'unknown version bits (Flag=13)',
    quirk: '§1.2 Flag versions',
    text:
      '##0141QN=20240315101530000;ST=22;CN=2011;PW=123456;MN=430426A2024AQ00000000001;Flag=13;CP=&&DataTime=20240315101530;' +
      'a34004-Rtd=35.2,a34004-Flag=N&&1040\r\n',
    frame: { flag: 13, version: null, needsAnswer: true, segmented: false },
    violations: ['VERSION_UNKNOWN'],
  },
  {
    name: 'Flag before Rtd in an item',
    quirk: '§1.3 #5 CP variants',
    text:
      '##0140QN=20240315101530000;ST=31;CN=2011;PW=123456;MN=430426A2024FG00000000003;Flag=4;CP=&&DataTime=20240315101530;' +
      'a21026-Flag=N,a21026-Rtd=35.6&&BE01\r\n',
    frame: { cp: { dataTime: { text: '20240315101530', format: 'yyyyMMddHHmmss', epochMs: cst(2024, 3, 15, 10, 15, 30) }, factors: [{ code: 'a21026', fields: { Flag: 'N', Rtd: '35.6' } }], params: {} } },
    violations: [],
  },
  {
    name: 'bare Flag=N',
    quirk: '§1.3 #5 CP variants',
    text:
      '##0133QN=20240315101530000;ST=31;CN=2011;PW=123456;MN=430426A2024FG00000000003;Flag=4;CP=&&DataTime=20240315101530;' +
      'a21026-Rtd=35.6,Flag=N&&6840\r\n',
    frame: { cp: { dataTime: { text: '20240315101530', format: 'yyyyMMddHHmmss', epochMs: cst(2024, 3, 15, 10, 15, 30) }, factors: [{ code: 'a21026', fields: { Rtd: '35.6', Flag: 'N' } }], params: {} } },
    violations: ['BARE_FIELD'],
  },
  {
    name: 'semicolon-only items',
    quirk: '§1.3 #5 CP variants',
    text:
      '##0172QN=20240315101530000;ST=31;CN=2011;PW=123456;MN=430426A2024FG00000000003;Flag=4;CP=&&DataTime=20240315101530;;' +
      'a21026-Rtd=35.6,a21026-Flag=N;;a21002-Rtd=88.1,a21002-Flag=N&&84C1\r\n',
    frame: {
      cp: {
        dataTime: { text: '20240315101530', format: 'yyyyMMddHHmmss', epochMs: cst(2024, 3, 15, 10, 15, 30) },
        factors: [
          { code: 'a21026', fields: { Rtd: '35.6', Flag: 'N' } },
          { code: 'a21002', fields: { Rtd: '88.1', Flag: 'N' } },
        ],
        params: {},
      },
    },
    violations: ['EMPTY_ITEM', 'EMPTY_ITEM'],
  },
  {
    name: 'key typos LA-td and L10-Rtd-Rtd',
    quirk: '§1.3 #5 CP variants',
    text:
      '##0138QN=20240315220000000;ST=23;CN=2011;PW=123456;MN=430426A2024NS00000000006;Flag=4;CP=&&DataTime=20240315220000;' +
      'LA-td=52.3;L10-Rtd-Rtd=55.0&&E981\r\n',
    frame: {
      cp: {
        dataTime: { text: '20240315220000', format: 'yyyyMMddHHmmss', epochMs: cst(2024, 3, 15, 22, 0, 0) },
        factors: [
          { code: 'LA', fields: { td: '52.3' } },
          { code: 'L10', fields: { Rtd: '55.0' } },
        ],
        params: {},
      },
    },
    violations: ['UNKNOWN_CP_FIELD', 'FIELD_REPAIRED'],
  },
  {
    name: "trailing ';' before '&&'",
    quirk: '§1.3 #5 CP variants',
    text:
      '##0141QN=20240315101530000;ST=31;CN=2011;PW=123456;MN=430426A2024FG00000000003;Flag=4;CP=&&DataTime=20240315101530;' +
      'a21026-Rtd=35.6,a21026-Flag=N;&&21C0\r\n',
    frame: { cp: { dataTime: { text: '20240315101530', format: 'yyyyMMddHHmmss', epochMs: cst(2024, 3, 15, 10, 15, 30) }, factors: [{ code: 'a21026', fields: { Rtd: '35.6', Flag: 'N' } }], params: {} } },
    violations: ['EMPTY_ITEM'],
  },
  {
    name: '15 significant digits and tiny values, kept as written',
    quirk: '§1.3 #5 CP variants',
    text:
      '##0197QN=20240315101530000;ST=32;CN=2011;PW=123456;MN=430426A2024WW00000000002;Flag=4;CP=&&DataTime=20240315101530;' +
      'w00000-Rtd=123456789.012345,w00000-Flag=N;w01018-Rtd=0.00000000000000123,w01018-Flag=N&&D581\r\n',
    frame: {
      cp: {
        dataTime: { text: '20240315101530', format: 'yyyyMMddHHmmss', epochMs: cst(2024, 3, 15, 10, 15, 30) },
        factors: [
          { code: 'w00000', fields: { Rtd: '123456789.012345', Flag: 'N' } },
          { code: 'w01018', fields: { Rtd: '0.00000000000000123', Flag: 'N' } },
        ],
        params: {},
      },
    },
    violations: [],
  },
  {
    name: "'***' for a missing value",
    quirk: '§1.3 #5 CP variants',
    text:
      '##0168QN=20240315101530000;ST=22;CN=2011;PW=123456;MN=430426A2024AQ00000000001;Flag=4;CP=&&DataTime=20240315101530;' +
      'a34004-Rtd=***,a34004-Flag=B;a21026-Rtd=8.0,a21026-Flag=N&&CE81\r\n',
    frame: {
      cp: {
        dataTime: { text: '20240315101530', format: 'yyyyMMddHHmmss', epochMs: cst(2024, 3, 15, 10, 15, 30) },
        factors: [
          { code: 'a34004', fields: { Rtd: null, Flag: 'B' } },
          { code: 'a21026', fields: { Rtd: '8.0', Flag: 'N' } },
        ],
        params: {},
      },
    },
    violations: ['VALUE_MISSING'],
  },
  {
    name: 'DataTime with 17 digits',
    quirk: '§1.3 #6 times',
    text:
      '##0143QN=20240315101530000;ST=22;CN=2011;PW=123456;MN=430426A2024AQ00000000001;Flag=4;CP=&&DataTime=20240315101530000;' +
      'a34004-Rtd=35.2,a34004-Flag=N&&7340\r\n',
    frame: { cp: { dataTime: { text: '20240315101530000', format: 'yyyyMMddHHmmssSSS', epochMs: cst(2024, 3, 15, 10, 15, 30) }, factors: [{ code: 'a34004', fields: { Rtd: '35.2', Flag: 'N' } }], params: {} } },
    violations: ['DATATIME_FORMAT'],
  },
  {
    name: 'bytes before the header',
    quirk: '§1.3 #3 framing',
    text: `\x00AT+OK##0101${STD_SEGMENT}1C80\r\n`,
    frame: { cn: '1062', crc: { text: '1C80', ok: true, variant: 'hj212', expected: '1C80' } },
    violations: ['GARBAGE_BEFORE_HEADER'],
  },
  {
    name: 'not a frame',
    quirk: '§1.3 #6 tolerant parsing',
    text: 'AT+CSQ\r\n',
    frame: null,
    violations: ['NOT_A_FRAME'],
  },
];
