import { StandardInputError } from '../StandardInputError.js';

/** A row of a standards table that is in force from one day to another (both inclusive, `'YYYY-MM-DD'`). */
export interface Dated {
  effectiveFrom: string;
  /** Last day in force; absent while the row is current. */
  effectiveTo?: string;
}

/** The row of `rows` in force on `day` (`'YYYY-MM-DD'`), or throws naming `what` and the day. */
export function inForce<T extends Dated>(rows: readonly T[], day: string, what: string, field = 'date'): T {
  const row = rows.find((r) => r.effectiveFrom <= day && (r.effectiveTo === undefined || day <= r.effectiveTo));
  if (!row) {
    const first = rows.map((r) => r.effectiveFrom).sort()[0];
    throw new StandardInputError(field, day, `${what}施行之日（${first}）或以后的日期`);
  }
  return row;
}
