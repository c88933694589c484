/**
 * Security headers on every answer, through @fastify/helmet. The explorer is a vite build of same-origin modules;
 * ForceAtlas2's worker is started from a blob: URL and image export makes blob: and data: images, so those are
 * allowed. No upgrade-insecure-requests: on a plain-HTTP LAN address it would send the explorer's own files to https.
 */
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

export async function installSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'worker-src': ["'self'", 'blob:'],
        'img-src': ["'self'", 'data:', 'blob:'],
        'connect-src': ["'self'"],
        'upgrade-insecure-requests': null,
      },
    },
  });
}
