import { describe, expect, it } from 'vitest';
import { decodeFrame } from './frame.js';
import { createFramer } from './framer.js';
import { FRAME_VECTORS, QUIRK_VECTORS } from './vectors.js';

/**
 * Fuzzing with mqtt-packet's invariant (testRandom.js): every input ends as a frame or a set of violations,
 * nothing throws, nothing hangs, nothing grows without bound. 1,000,000 inputs, mutated vectors and random
 * bytes, each decoded (lenient; one in eight strict too) and all of them streamed through one framer in
 * random chunks. The seed is fixed, so a failure names an input that can be replayed.
 */

const INPUTS = 1_000_000;
const SEED = 0x212;

/** mulberry32: small, fast, reproducible. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** Every vector as a byte string. */
const SEEDS = [...FRAME_VECTORS, ...QUIRK_VECTORS].map((v) => Buffer.from(v.text, 'utf8').toString('latin1'));
/** Bytes that matter to the protocol, to make mutations meaningful. */
const SPECIAL = '##;;,,==&&--**\r\n0123456789ABCDEFabcdefQNSTCPWMFlagRtdDataTime';

/** A random byte, two times in three one that matters to the protocol. */
function byte(random: () => number): string {
  return random() % 3 === 0 ? String.fromCharCode(random() % 256) : SPECIAL[random() % SPECIAL.length];
}

function mutate(random: () => number, text: string): string {
  const pos = random() % (text.length + 1);
  switch (random() % 8) {
    case 0: // replace a byte
      return text.slice(0, pos) + byte(random) + text.slice(pos + 1);
    case 1: // insert a byte
      return text.slice(0, pos) + byte(random) + text.slice(pos);
    case 2: // delete a run
      return text.slice(0, pos) + text.slice(pos + 1 + (random() % 8));
    case 3: // truncate
      return text.slice(0, pos);
    case 4: // duplicate a run
      return text.slice(0, pos) + text.slice(pos, pos + (random() % 40)) + text.slice(pos);
    case 5: // splice with another frame
      return text.slice(0, pos) + SEEDS[random() % SEEDS.length].slice(random() % 60);
    case 6: // change a digit of the length field
      return `${text.slice(0, 2 + (random() % 4))}${random() % 10}${text.slice(3 + (random() % 4))}`;
    default: {
      // random bytes
      let bytes = '';
      for (let n = random() % 120; n > 0; n--) bytes += byte(random);
      return bytes;
    }
  }
}

describe('fuzz: decoder and framer', () => {
  it(`${INPUTS.toLocaleString('en')} mutated and random inputs: no throw, a frame or violations, bounded`, () => {
    const random = prng(SEED);
    const framer = createFramer();
    const started = performance.now();
    let slowestMs = 0;
    let frames = 0;
    let streamed = 0;
    let stream = '';
    for (let n = 0; n < INPUTS; n++) {
      let input = SEEDS[random() % SEEDS.length];
      const mutations = 1 + (random() % 3);
      for (let m = 0; m < mutations; m++) input = mutate(random, input);

      const t0 = performance.now();
      const { frame, violations } = decodeFrame(input);
      const ms = performance.now() - t0;
      if (ms > slowestMs) slowestMs = ms;

      // A frame or a violation set; lenient returns null only for NOT_A_FRAME.
      if (frame === null) {
        if (violations.length !== 1 || violations[0].code !== 'NOT_A_FRAME') expect.fail(`seed ${SEED} input ${n}: ${JSON.stringify(input)}`);
      } else if (frame.cp.factors.length > input.length || violations.length > input.length + 24) {
        expect.fail(`seed ${SEED} input ${n}: output larger than input: ${JSON.stringify(input)}`);
      } else {
        frames++;
      }
      for (const v of violations) if (typeof v.message !== 'string' || v.message.length === 0) expect.fail(`input ${n}: empty message`);

      if (n % 8 === 0) {
        const strict = decodeFrame(input, { mode: 'strict' });
        const rejects = frame === null || violations.some((v) => v.severity === 'error');
        if ((strict.frame === null) !== rejects) expect.fail(`seed ${SEED} input ${n}: strict disagrees: ${JSON.stringify(input)}`);
      }

      // The same bytes as part of one long stream, pushed in random chunks of 1–4096 bytes.
      stream += input;
      if (stream.length >= 65536 || n === INPUTS - 1) {
        const bytes = Buffer.from(stream, 'latin1');
        stream = '';
        for (let i = 0; i < bytes.length; ) {
          const size = 1 + (random() % 4096);
          for (const f of framer.push(bytes.subarray(i, i + size)).frames) {
            if (!f.startsWith('##') || f.length > 9999 + 10) expect.fail(`input ${n}: framer emitted ${JSON.stringify(f.slice(0, 40))}`);
            streamed++;
          }
          if (framer.allocatedBytes > framer.capacity) expect.fail(`input ${n}: framer buffer ${framer.allocatedBytes} > ${framer.capacity}`);
          i += size;
        }
      }
    }
    framer.end();
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `fuzz: ${INPUTS} inputs in ${seconds.toFixed(1)} s (${Math.round(INPUTS / seconds)}/s); ` +
        `${frames} decoded as frames, ${streamed} frames out of the stream; slowest decode ${slowestMs.toFixed(2)} ms`,
    );
    expect(frames).toBeGreaterThan(INPUTS / 2);
    expect(streamed).toBeGreaterThan(INPUTS / 4);
    expect(slowestMs).toBeLessThan(1000); // a hang, not a GC pause
  }, 120_000);
});
