import { Decimal } from 'decimal.js';

/** decimal.js, 50 digits, local to lab results (never the global Decimal, never a float). */
export const LabDecimal = Decimal.clone({ precision: 50, rounding: Decimal.ROUND_HALF_EVEN });
export type LabDecimal = Decimal;

/** A decimal as plain text, never in exponent form ('0.00005', not '5e-5'). */
export const plain = (d: Decimal): string => d.toFixed();
