/** GET /api/health: the server answers; Neo4j's version and graph sizes, or why Neo4j cannot be reached (503). */
import { DatabaseUnavailableError } from '../../errors.js';
import { graphSize } from '../../db/queries/graphSize.js';
import { HealthSchema, type Health } from '../../model/index.js';
import type { ServerContext } from '../route.js';

export function healthRoutes({ db, route }: ServerContext): void {
  route(
    { method: 'GET', url: '/api/health', summary: 'Server and Neo4j status with graph counts', response: HealthSchema, public: true },
    async (_input, reply) => {
      const neo4j = { uri: db.uri, database: db.name };
      try {
        const [server, counts] = await Promise.all([db.verify(), graphSize(db)]);
        return { status: 'ok', neo4j: { ...neo4j, reachable: true, ...server }, counts } satisfies Health;
      } catch (err) {
        if (!(err instanceof DatabaseUnavailableError)) throw err;
        const health: Health = { status: 'degraded', neo4j: { ...neo4j, reachable: false, message: err.message } };
        return reply.code(503).header('retry-after', '5').send(health);
      }
    },
  );
}
