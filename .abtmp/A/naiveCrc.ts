/**
 * Test support: the standard's Appendix A CRC loop transcribed bit by bit, as naively as possible
 * (hj212.md §1.4), so tests can check crc.ts and build frames without trusting the code under test.
 */
export function naiveCrc(bytes: Uint8Array): number {
  let reg = 0xffff;
  for (const b of bytes) {
    reg = (reg >> 8) ^ b;
    for (let k = 0; k < 8; k++) {
      const lsb = reg & 1;
      reg >>= 1;
      if (lsb) reg ^= 0xa001;
    }
  }
  return reg;
}

/** `##` + 4-digit length + segment + naive CRC (uppercase hex) + CR LF, for an ASCII or byte-string segment. */
export function naiveFrame(segment: string): string {
  const crc = naiveCrc(Buffer.from(segment, 'latin1')).toString(16).toUpperCase().padStart(4, '0');
  return `##${String(segment.length).padStart(4, '0')}${segment}${crc}\r\n`;
}
