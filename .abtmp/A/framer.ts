import { printable, type Violation, violation } from './violation.js';

/**
 * Incremental framer for a TCP byte stream of HJ 212 frames, after pg-protocol's parser: one buffer with
 * a length, a loop that takes out every complete frame, the incomplete rest kept for the next chunk. Unlike
 * pg-protocol it trusts no peer: the buffer never grows beyond the largest allowed frame plus a margin, and
 * bad bytes are skipped up to the next `##` instead of discarding everything buffered.
 *
 * Where a frame ends, for a frame starting with `##` and a 4-digit (or, a known quirk, 3-digit) length L:
 * 1. at the CRC after L bytes of data segment, when the segment ends with `&&` there, 4 hex digits follow and
 *    no line end or next `##`+digit comes earlier — so a frame without CR LF is delivered at once;
 * 2. otherwise (the length field is wrong) at the first CR LF, lone LF, or `##`+digit of the next frame.
 * The CR LF is consumed and not part of the frame text; its absence is a CRLF_MISSING warning.
 *
 * The frames delivered do not depend on how the stream is cut into chunks.
 */

export interface FramerOptions {
  /** Largest data segment accepted, in bytes: default 9999, all that 4 length digits can say. */
  maxSegmentBytes?: number;
  /** A longer data segment is delivered with a SEGMENT_OVER_1024 warning: default 1024, the standard's limit. */
  warnSegmentBytes?: number;
}

export interface FramerOutput {
  /** Complete frames in order, as byte strings (one character per byte), without CR LF. */
  frames: string[];
  /** Stream-level violations: skipped bytes, oversize or incomplete frames, missing CR LF. */
  violations: Violation[];
}

export interface Framer {
  /** Feeds received bytes; returns the frames they complete. */
  push(chunk: Uint8Array): FramerOutput;
  /** The stream has ended: reports what is left (an incomplete frame, garbage, a missing CR LF) and resets. */
  end(): FramerOutput;
  /** Bytes held for an incomplete frame. */
  readonly bufferedBytes: number;
  /** Bytes allocated for the buffer; never more than {@link Framer.capacity}. */
  readonly allocatedBytes: number;
  /** The bound on the buffer: the largest frame plus a margin. */
  readonly capacity: number;
}

const HASH = 0x23;
const AMP = 0x26;
const CR = 0x0d;
const LF = 0x0a;
/** `##` + 4 digits + 4 CRC + CR LF. */
const FRAME_OVERHEAD = 12;
const MARGIN = 1024;
const INITIAL_SIZE = 2048;
const PREVIEW_BYTES = 32;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

class StreamFramer implements Framer {
  readonly capacity: number;
  private readonly maxSegment: number;
  private readonly maxFrame: number;
  private readonly warnSegment: number;
  private buf: Buffer;
  private len = 0;
  /** After a frame delimited by its length: 1 = a CR should follow, 2 = an LF should follow. */
  private terminator: 0 | 1 | 2 = 0;
  /** For the pending frame at offset 0: how far, from its start, it has been searched for a boundary. */
  private scanFrom = 0;
  private garbageBytes = 0;
  private garbagePreview = '';

  constructor(options: FramerOptions) {
    this.maxSegment = Math.min(9999, Math.max(2, options.maxSegmentBytes ?? 9999));
    this.warnSegment = options.warnSegmentBytes ?? 1024;
    this.maxFrame = this.maxSegment + FRAME_OVERHEAD;
    this.capacity = this.maxFrame + MARGIN;
    this.buf = Buffer.allocUnsafe(Math.min(INITIAL_SIZE, this.capacity));
  }

  get bufferedBytes(): number {
    return this.len;
  }

  get allocatedBytes(): number {
    return this.buf.length;
  }

  push(chunk: Uint8Array): FramerOutput {
    const out: FramerOutput = { frames: [], violations: [] };
    let offset = 0;
    while (offset < chunk.length) {
      // After a scan at most maxFrame - 1 bytes remain, so there is always room for progress.
      const n = Math.min(chunk.length - offset, this.capacity - this.len);
      this.reserve(this.len + n);
      this.buf.set(chunk.subarray(offset, offset + n), this.len);
      this.len += n;
      offset += n;
      this.consume(this.scan(out, false));
    }
    return out;
  }

  end(): FramerOutput {
    const out: FramerOutput = { frames: [], violations: [] };
    this.scan(out, true);
    this.len = 0;
    this.terminator = 0;
    this.scanFrom = 0;
    this.buf = Buffer.allocUnsafe(Math.min(INITIAL_SIZE, this.capacity));
    return out;
  }

  private reserve(size: number): void {
    if (size <= this.buf.length) return;
    const grown = Buffer.allocUnsafe(Math.min(this.capacity, Math.max(size, this.buf.length * 2)));
    this.buf.copy(grown, 0, 0, this.len);
    this.buf = grown;
  }

  private consume(n: number): void {
    if (n === 0) return;
    this.buf.copyWithin(0, n, this.len);
    this.len -= n;
  }

  private garbage(from: number, to: number): void {
    for (let i = from; i < to; i++) {
      const c = this.buf[i];
      if (c === CR || c === LF) continue;
      if (this.garbageBytes < PREVIEW_BYTES) this.garbagePreview += String.fromCharCode(c);
      this.garbageBytes++;
    }
  }

  private flushGarbage(out: FramerOutput): void {
    if (this.garbageBytes === 0) return;
    const shown = printable(this.garbagePreview, PREVIEW_BYTES) + (this.garbageBytes > PREVIEW_BYTES ? '…' : '');
    out.violations.push(violation('GARBAGE', 'stream', '##', `${this.garbageBytes} 字节：${shown}`));
    this.garbageBytes = 0;
    this.garbagePreview = '';
  }

  /** Takes every complete frame out of buf[0, len); returns how many bytes are done with. */
  private scan(out: FramerOutput, final: boolean): number {
    const buf = this.buf;
    const len = this.len;
    const view = buf.subarray(0, len);
    let pos = 0;
    for (;;) {
      if (this.terminator !== 0) {
        if (pos >= len) {
          if (final) this.missingTerminator(out, this.terminator === 1 ? '（无）' : '\\r');
          break;
        }
        const c = buf[pos];
        if (this.terminator === 1 && c === CR) {
          this.terminator = 2;
          pos++;
        } else if (c === LF) {
          if (this.terminator === 1) this.missingTerminator(out, '\\n');
          this.terminator = 0;
          pos++;
        } else {
          this.missingTerminator(out, this.terminator === 1 ? '（无）' : '\\r');
        }
        continue;
      }

      // Find the next "##"; what precedes it is garbage (CR and LF between frames are not).
      let start = -1;
      let i = pos;
      for (;;) {
        const h = view.indexOf(HASH, i);
        if (h < 0 || h + 1 >= len) break;
        if (buf[h + 1] === HASH) {
          start = h;
          break;
        }
        i = h + 1;
      }
      if (start < 0) {
        const keep = len > pos && buf[len - 1] === HASH && !final ? 1 : 0; // maybe the first half of "##"
        this.garbage(pos, len - keep);
        pos = len - keep;
        if (final) this.flushGarbage(out);
        break;
      }
      this.garbage(pos, start);
      this.flushGarbage(out);
      pos = start;

      // Length field: 4 digits, or 3 digits followed by the data segment.
      let digits = 0;
      let declared = 0;
      while (digits < 4 && start + 2 + digits < len && isDigit(buf[start + 2 + digits])) {
        declared = declared * 10 + buf[start + 2 + digits] - 48;
        digits++;
      }
      if (digits < 4 && start + 2 + digits >= len) {
        if (final) {
          this.incomplete(out, start);
          pos = len;
        }
        break;
      }
      if (digits < 3) {
        this.garbage(start, start + 1); // a "##" that starts no frame: skip one '#' and look again
        pos = start + 1;
        continue;
      }
      if (declared > this.maxSegment) {
        out.violations.push(violation('FRAME_TOO_LARGE', 'stream', `≤ ${this.maxSegment}`, String(declared)));
        this.garbage(start, start + 2);
        pos = start + 2;
        continue;
      }

      const header = 2 + digits;
      const segEnd = start + header + declared;
      const crcEnd = segEnd + 4;
      const searched = this.scanFrom; // only ever set for the frame left pending at offset 0
      this.scanFrom = 0;
      const boundary = this.boundary(view, start + Math.max(header, searched));
      const byLength =
        declared >= 2 && crcEnd <= len && (boundary < 0 || boundary >= crcEnd) &&
        buf[segEnd - 2] === AMP && buf[segEnd - 1] === AMP &&
        isHex(buf[segEnd]) && isHex(buf[segEnd + 1]) && isHex(buf[segEnd + 2]) && isHex(buf[segEnd + 3]);
      if (byLength) {
        this.emit(out, start, crcEnd, header);
        pos = crcEnd;
        this.terminator = 1;
      } else if (boundary >= 0) {
        this.emit(out, start, boundary, header);
        if (buf[boundary] === CR) {
          pos = boundary + 2;
        } else if (buf[boundary] === LF) {
          this.missingTerminator(out, '\\n');
          pos = boundary + 1;
        } else {
          this.missingTerminator(out, '（无，下一个包已开始）');
          pos = boundary;
        }
      } else if (len - start >= this.maxFrame) {
        out.violations.push(violation('FRAME_TOO_LARGE', 'stream', `≤ ${this.maxSegment}`, `> ${this.maxSegment}（找不到包尾）`));
        this.garbage(start, start + 2);
        pos = start + 2;
      } else if (final) {
        this.incomplete(out, start);
        pos = len;
        break;
      } else {
        this.scanFrom = Math.max(header, len - start - 2); // the last 2 bytes may start "\r\n" or "##"
        break;
      }
    }
    return pos;
  }

  /**
   * The first frame boundary at or after `from`: the CR of CR LF, a lone LF, or the start of the next frame
   * ("##" and a digit); -1 when none is complete yet.
   */
  private boundary(view: Buffer, from: number): number {
    const len = view.length;
    const lf = view.indexOf(LF, from);
    let end = lf < 0 ? -1 : lf > from && view[lf - 1] === CR ? lf - 1 : lf;
    let h = from;
    for (;;) {
      h = view.indexOf(HASH, h);
      if (h < 0 || (end >= 0 && h >= end) || h + 2 >= len) break;
      if (view[h + 1] === HASH && isDigit(view[h + 2])) {
        end = h;
        break;
      }
      h++;
    }
    return end;
  }

  private emit(out: FramerOutput, start: number, end: number, header: number): void {
    out.frames.push(this.buf.toString('latin1', start, end));
    const segment = end - start - header - 4;
    if (segment > this.warnSegment) {
      out.violations.push(violation('SEGMENT_OVER_1024', 'stream', `≤ ${this.warnSegment}`, String(segment)));
    }
  }

  private missingTerminator(out: FramerOutput, actual: string): void {
    out.violations.push(violation('CRLF_MISSING', 'stream', '\\r\\n', actual));
    this.terminator = 0;
  }

  private incomplete(out: FramerOutput, start: number): void {
    const text = this.buf.toString('latin1', start, Math.min(this.len, start + PREVIEW_BYTES));
    out.violations.push(violation('FRAME_INCOMPLETE', 'stream', undefined, `${this.len - start} 字节：${printable(text, PREVIEW_BYTES)}`));
  }
}

/**
 * A framer for one connection.
 *
 * @example
 * const framer = createFramer();
 * framer.push(Buffer.from('##0101QN=…&&1C80\r\n##01')).frames //=> ['##0101QN=…&&1C80']
 */
export function createFramer(options: FramerOptions = {}): Framer {
  return new StreamFramer(options);
}
