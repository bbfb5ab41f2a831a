/** Compares section keys in report order: `1` < `1.3` < `2` < `2.10` < `3`; '' (the whole report) first. */
export function compareSectionKeys(a: string, b: string): number {
  const pa = a === '' ? [] : a.split('.').map(Number);
  const pb = b === '' ? [] : b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    if (pa[i] === undefined) return -1;
    if (pb[i] === undefined) return 1;
    if (pa[i] !== pb[i]) return pa[i]! - pb[i]!;
  }
  return 0;
}
