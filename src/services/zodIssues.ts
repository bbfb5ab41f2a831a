import type { z } from 'zod';
import type { ServiceIssue } from './errors.js';

/** Turns zod issues into our issues: the field path dotted (`eiaApprovals.0.documentNumber`), the message as written. */
export function issuesFromZod(error: z.ZodError, input: unknown): ServiceIssue[] {
  return error.issues.map((i) => ({
    severity: 'error',
    field: i.path.join('.'),
    message: i.message,
    value: valueAt(input, i.path),
  }));
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let v: unknown = input;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}
