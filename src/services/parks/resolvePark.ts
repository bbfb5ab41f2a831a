import { getParkRowByCode, type ParkRow } from '../../store/queries/parks.js';
import type { ServiceContext } from '../context.js';
import { notFound } from '../errors.js';

/** The park with this code, or a NOT_FOUND error naming it. */
export async function resolvePark(ctx: ServiceContext, code: string): Promise<ParkRow> {
  const park = await getParkRowByCode(ctx.db, code);
  if (!park) throw notFound(`园区 ${code} `);
  return park;
}
