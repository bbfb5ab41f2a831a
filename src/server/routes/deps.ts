import type { FastifyRequest } from 'fastify';
import type { ServiceContext } from '../../services/context.js';

/** What every route plugin receives: how to make the service context of a request. */
export interface RouteDeps {
  ctx: (req: FastifyRequest) => ServiceContext;
}
