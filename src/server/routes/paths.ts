/** GET /api/paths: how two actors are linked, hop by hop with the evidence of each hop. */
import { findPaths } from '../../db/queries/paths.js';
import { PathsQuerySchema, PathsResultSchema, type PathsResult } from '../../model/index.js';
import type { ServerContext } from '../route.js';

export function pathRoutes({ db, route }: ServerContext): void {
  route(
    {
      method: 'GET',
      url: '/api/paths',
      summary: 'Shortest, all shortest, or k shortest paths between two entities (undirected); empty when unconnected',
      query: PathsQuerySchema,
      response: PathsResultSchema,
      errors: [404],
    },
    async ({ query }): Promise<PathsResult> => findPaths(db, query),
  );
}
