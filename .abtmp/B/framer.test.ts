import { describe, expect, it } from 'vitest';
import { decodeFrame } from './frame.js';
import { createFramer, type FramerOptions, type FramerOutput } from './framer.js';
import { naiveFrame } from './naiveCrc.js';
import { FRAME_VECTORS } from './vectors.js';

const SEG = 'QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&';
const STD = `##0101${SEG}1C80`; // the standard example without CR LF

/** Feeds the chunks, then ends the stream; all output in order. */
function run(chunks: Uint8Array[], options?: FramerOptions): FramerOutput {
  const framer = createFramer(options);
  const out: FramerOutput = { frames: [], violations: [] };
  for (const chunk of chunks) {
    const r = framer.push(chunk);
    out.frames.push(...r.frames);
    out.violations.push(...r.violations);
    expect(framer.allocatedBytes).toBeLessThanOrEqual(framer.capacity);
    expect(framer.bufferedBytes).toBeLessThan(framer.capacity);
  }
  const r = framer.end();
  out.frames.push(...r.frames);
  out.violations.push(...r.violations);
  return out;
}

const latin1 = (text: string) => Buffer.from(text, 'latin1');
const vectorFrames = FRAME_VECTORS.map((v) => Buffer.from(v.text, 'utf8').toString('latin1').slice(0, -2));

/** One stream with every framing situation of hj212.md §1.3 #3, and what the framer must make of it. */
const STREAM = latin1(
  [
    'AT+OK\r\n', // garbage before the first frame
    ...FRAME_VECTORS.map((v) => Buffer.from(v.text, 'utf8').toString('latin1')), // several frames in one read
    STD, // no CR LF: delivered by its length, CRLF_MISSING once the next byte is seen
    `##101${SEG}1C80\r\n`, // 3-digit length
    `##0100${SEG}1C80\r\n`, // length field too small: ends at CR LF
    `##0200${SEG}1C80\r\n`, // length field too large: ends at CR LF
    `##0100${SEG}1C80`, // wrong length and no CR LF: ends where the next frame starts
    `${STD}\n`, // LF only
    `#${STD}\r\n`, // "###": one '#' of garbage
    `##QN=x;${STD}\r\n`, // "##" that starts no frame
    '##0101QN=2016', // cut off by the end of the stream
  ].join(''),
);
const STREAM_FRAMES = [
  ...vectorFrames,
  STD,
  `##101${SEG}1C80`,
  `##0100${SEG}1C80`,
  `##0200${SEG}1C80`,
  `##0100${SEG}1C80`,
  STD,
  STD,
  STD,
];

describe('framer on a stream with every framing situation', () => {
  const whole = run([STREAM]);

  it('delivers every frame, without CR LF, and reports what it skipped', () => {
    expect(whole.frames).toEqual(STREAM_FRAMES);
    expect(whole.violations.map((v) => [v.code, v.actual])).toEqual([
      ['GARBAGE', '5 字节：AT+OK'],
      ['CRLF_MISSING', '（无）'],
      ['CRLF_MISSING', '（无，下一个包已开始）'],
      ['CRLF_MISSING', '\\n'],
      ['GARBAGE', '1 字节：#'],
      ['GARBAGE', '7 字节：##QN=x;'],
      ['FRAME_INCOMPLETE', '13 字节：##0101QN=2016'],
    ]);
  });

  it('gives the same frames and violations for the stream cut at every byte boundary', () => {
    for (let cut = 0; cut <= STREAM.length; cut++) {
      expect(run([STREAM.subarray(0, cut), STREAM.subarray(cut)]), `cut at ${cut}`).toEqual(whole);
    }
  });

  it('gives the same frames and violations byte by byte', () => {
    const bytes = Array.from({ length: STREAM.length }, (_, i) => STREAM.subarray(i, i + 1));
    expect(run(bytes)).toEqual(whole);
  });

  it('gives the same frames and violations in 300 random chunkings', () => {
    let seed = 7;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    for (let trial = 0; trial < 300; trial++) {
      const chunks: Uint8Array[] = [];
      for (let i = 0; i < STREAM.length; ) {
        const n = 1 + (random() % (trial % 3 === 0 ? 8 : 700));
        chunks.push(STREAM.subarray(i, i + n));
        i += n;
      }
      expect(run(chunks), `trial ${trial}`).toEqual(whole);
    }
  });

  it('hands decodeFrame frames it can read: the wrong lengths are diagnosed there', () => {
    const codes = whole.frames.slice(vectorFrames.length).map((f) => decodeFrame(f).violations.map((v) => v.code));
    expect(codes).toEqual([[], ['LENGTH_3_DIGITS'], ['LENGTH_MISMATCH'], ['LENGTH_MISMATCH'], ['LENGTH_MISMATCH'], [], [], []]);
  });
});

describe('framer edge cases', () => {
  it('delivers a frame without CR LF at once, before any further byte arrives', () => {
    const framer = createFramer();
    expect(framer.push(latin1(STD)).frames).toEqual([STD]);
    expect(framer.push(latin1('\r\n'))).toEqual({ frames: [], violations: [] });
    expect(framer.end()).toEqual({ frames: [], violations: [] });
  });

  it('reports a missing CR LF at the end of the stream', () => {
    expect(run([latin1(STD)]).violations.map((v) => v.code)).toEqual(['CRLF_MISSING']);
  });

  it('accepts a data segment over 1024 bytes with a warning (real devices send 1,025–1,623)', () => {
    const items = Array.from({ length: 60 }, (_, i) => `a${String(21000 + i)}-Rtd=${i}.123,a${String(21000 + i)}-Flag=N`).join(';');
    const text = naiveFrame(`QN=20240315101530000;ST=22;CN=2011;PW=123456;MN=M1;Flag=4;CP=&&DataTime=20240315101530;${items}&&`);
    const out = run([latin1(text)]);
    expect(out.frames).toEqual([text.slice(0, -2)]);
    expect(out.violations.map((v) => v.code)).toEqual(['SEGMENT_OVER_1024']);
    expect(decodeFrame(out.frames[0]).violations).toEqual([]);
  });

  it('drops a frame whose length field exceeds the maximum and resynchronises on the next ##', () => {
    const big = naiveFrame(`QN=20240315101530000;ST=22;CN=2011;PW=1;MN=M1;Flag=4;CP=&&Info=${'x'.repeat(300)}&&`);
    const out = run([latin1(big + STD)], { maxSegmentBytes: 200 });
    expect(out.frames).toEqual([STD]);
    expect(out.violations.map((v) => v.code)).toEqual(['FRAME_TOO_LARGE', 'GARBAGE', 'CRLF_MISSING']);
  });

  it('drops a frame that never ends within the maximum, with bounded memory, and resynchronises', () => {
    const framer = createFramer();
    const codes: string[] = [];
    const frames: string[] = [];
    const feed = (bytes: Uint8Array) => {
      const r = framer.push(bytes);
      codes.push(...r.violations.map((v) => v.code));
      frames.push(...r.frames);
      expect(framer.allocatedBytes).toBeLessThanOrEqual(framer.capacity);
    };
    feed(latin1('##0101QN='));
    for (let i = 0; i < 30; i++) feed(latin1('x'.repeat(1000)));
    feed(latin1(`${STD}\r\n`));
    expect(frames).toEqual([STD]);
    expect(codes).toEqual(['FRAME_TOO_LARGE', 'GARBAGE']);
    expect(framer.capacity).toBeLessThan(12_000);
  });

  it('keeps memory bounded under a megabyte of garbage and #', () => {
    let seed = 3;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    const noise = Buffer.alloc(1 << 20);
    for (let i = 0; i < noise.length; i++) noise[i] = random() % 4 === 0 ? 0x23 : random() >>> 24;
    const framer = createFramer();
    for (let i = 0; i < noise.length; i += 65536) {
      framer.push(noise.subarray(i, i + 65536));
      expect(framer.allocatedBytes).toBeLessThanOrEqual(framer.capacity);
    }
    expect(framer.bufferedBytes).toBeLessThan(framer.capacity);
  });

  it('starts small: a connection sending 300-byte frames holds a 2 KiB buffer', () => {
    const framer = createFramer();
    framer.push(Buffer.from(FRAME_VECTORS[1].text));
    expect(framer.allocatedBytes).toBe(2048);
  });
});
