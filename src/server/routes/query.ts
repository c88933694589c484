/** POST /api/query: the read-only Cypher console for power users. */
import { runReadOnlyQuery } from '../../db/queries/console.js';
import { CypherQueryBodySchema, CypherQueryResultSchema } from '../../model/index.js';
import type { ServerContext } from '../route.js';

export function queryRoutes({ db, config, route }: ServerContext): void {
  route(
    {
      method: 'POST',
      url: '/api/query',
      write: false,
      summary: `Run a read-only Cypher statement (timeout QUERY_TIMEOUT_MS, at most QUERY_ROW_LIMIT rows); writes are refused with 400`,
      body: CypherQueryBodySchema,
      response: CypherQueryResultSchema,
    },
    async ({ body }) =>
      runReadOnlyQuery(db, { ...body, timeoutMs: config.query.timeoutMs, rowLimit: config.query.rowLimit }),
  );
}
