/** POST /api/query: the read-only Cypher console for power users. */
import { ConsoleThreads } from '../../db/queries/consoleThreads.js';
import { CypherQueryBodySchema, CypherQueryResultSchema } from '../../model/index.js';
import { consoleGate } from '../consoleGate.js';
import type { ServerContext } from '../route.js';

export function queryRoutes({ db, config, route, onClose }: ServerContext): void {
  const { timeoutMs, rowLimit, resultBytes, resultValues, concurrency } = config.query;
  const gate = consoleGate(concurrency);
  // Statements run on worker threads: decoding a large answer cannot hold up the other requests.
  const threads = new ConsoleThreads(db.config);
  onClose(() => threads.close());
  route(
    {
      method: 'POST',
      url: '/api/query',
      write: false,
      summary:
        'Run a read-only Cypher statement, judged by its EXPLAIN plan (timeout QUERY_TIMEOUT_MS, at most QUERY_ROW_LIMIT rows, ' +
        'QUERY_RESULT_BYTES and QUERY_RESULT_VALUES); writes, LOAD CSV, SHOW and server procedures are refused with 400',
      body: CypherQueryBodySchema,
      response: CypherQueryResultSchema,
      errors: [413, 429],
    },
    async ({ body }, reply) => {
      const json = await gate(() => threads.run({ ...body, timeoutMs, rowLimit, budget: { bytes: resultBytes, values: resultValues } }));
      return reply.type('application/json; charset=utf-8').send(json);
    },
  );
}
