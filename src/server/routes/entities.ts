/** GET /api/entities/:id and its neighbourhood slice. */
import { getEntityDetail } from '../../db/queries/entities.js';
import { neighbourhood } from '../../db/queries/slice.js';
import { NotFoundError } from '../../errors.js';
import {
  EntityDetailSchema,
  EntityParamsSchema,
  GraphSliceSchema,
  NeighboursQuerySchema,
  type GraphSlice,
} from '../../model/index.js';
import type { ServerContext } from '../route.js';

export function entityRoutes({ db, route }: ServerContext): void {
  route(
    {
      method: 'GET',
      url: '/api/entities/:id',
      summary: 'An entity with aliases, mentioning documents, and every relation with its evidence by document',
      params: EntityParamsSchema,
      response: EntityDetailSchema,
      errors: [404],
    },
    async ({ params }) => getEntityDetail(db, params.id),
  );

  route(
    {
      method: 'GET',
      url: '/api/entities/:id/neighbours',
      summary: 'The neighbourhood of an entity up to a depth, filtered and capped (truncated says when the cap cut it)',
      params: EntityParamsSchema,
      query: NeighboursQuerySchema,
      response: GraphSliceSchema,
      errors: [404],
    },
    async ({ params, query }): Promise<GraphSlice> => {
      const { depth, limit, types, relations, minConfidence, includeWeak, reviewStates } = query;
      const slice = await neighbourhood(db, {
        ids: [params.id],
        depth,
        limit,
        filter: { types, relations, minConfidence, includeWeak, reviewStates },
      });
      if (!slice.nodes.some((n) => n.id === params.id)) throw new NotFoundError(`no entity with id "${params.id}"`);
      return slice;
    },
  );
}
