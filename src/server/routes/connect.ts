/** POST /api/connect: the smallest subgraph found that connects 2–10 entities (a Steiner tree approximation). */
import { pairwiseShortestPaths } from '../../db/queries/paths.js';
import { ConnectBodySchema, ConnectResultSchema, type ConnectResult } from '../../model/index.js';
import { STEINER_ALGORITHM, steinerTree } from '../connect/steinerTree.js';
import type { ServerContext } from '../route.js';

export function connectRoutes({ db, route }: ServerContext): void {
  route(
    {
      method: 'POST',
      url: '/api/connect',
      write: false,
      summary: 'Smallest connecting subgraph of 2–10 entities, each hop with its evidence',
      body: ConnectBodySchema,
      response: ConnectResultSchema,
      errors: [404],
    },
    async ({ body }): Promise<ConnectResult> => {
      const { terminals, pairs } = await pairwiseShortestPaths(db, body);
      const tree = steinerTree(terminals, pairs);
      return {
        algorithm: STEINER_ALGORITHM,
        nodes: tree.nodes,
        edges: tree.hops.map(({ evidence: _evidence, ...edge }) => edge),
        hops: tree.hops,
        unreachable: tree.unreachable,
        truncated: false,
      };
    },
  );
}
