/** Whether A and B are assignable to each other: neither has a field the other lacks or types differently. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/**
 * Compiles only when a response schema's type and the domain type it sends agree both ways, so neither can gain a
 * field the other lacks (the serializer would silently drop it). Does nothing at run time.
 *
 * @example typesAgree<LedgerStats, z.infer<typeof LedgerStatsSchema>>();
 */
export function typesAgree<A, B>(..._: Same<A, B> extends true ? [] : [never]): void {}
