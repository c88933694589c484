/**
 * Optional bearer-token check on /api/*. The health check and the OpenAPI description stay open: monitors and the
 * explorer's "is Neo4j up?" banner need them, and they reveal nothing of the graph.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ErrorBody } from '../model/index.js';

export const OPEN_API_PATHS: ReadonlySet<string> = new Set(['/api/health', '/api/openapi.json']);

// Hashing first gives equal-length buffers, so the comparison takes the same time whatever was sent.
const digest = (s: string) => createHash('sha256').update(s).digest();

export function installBearerAuth(app: FastifyInstance, token: string): void {
  const expected = digest(token);
  app.addHook('onRequest', async (request, reply) => {
    const path = request.url.split('?')[0]!;
    if (!path.startsWith('/api/') || OPEN_API_PATHS.has(path)) return;
    const header = request.headers.authorization ?? '';
    const sent = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim() ?? '';
    if (sent && timingSafeEqual(digest(sent), expected)) return;
    const body: ErrorBody = {
      error: 'Unauthorized',
      message: 'this API needs "Authorization: Bearer <token>" with the server\'s API_TOKEN',
    };
    return reply.code(401).header('www-authenticate', 'Bearer').send(body);
  });
}
