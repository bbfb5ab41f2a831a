/**
 * Print precision of derived figures, rounded by GB/T 8170: 超标倍数 to 0.01; 达标率, 超标率 and 优良天数比例 to
 * 0.1 %. [INTERPRETATION: observed in bulletins and reports; not found in a standard's text, standards.md §3.4, §12.]
 */
export const PRINT_INTERVALS = { exceedMultiple: '0.01', percent: '0.1' } as const;
