/** Serves the built explorer (dist/ui) at `/`; unknown non-API paths get index.html so client-side routes load. */
import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import type { ErrorBody } from '../model/index.js';

const notFound = (method: string, url: string): ErrorBody => ({
  error: 'NotFound',
  message: `no route ${method} ${url.split('?')[0]}; see /api/openapi.json`,
});

/** Returns whether the explorer is served (false when `uiDir` holds no built index.html). */
export async function installStaticUi(app: FastifyInstance, uiDir: string | null): Promise<boolean> {
  const served = uiDir !== null && fs.existsSync(path.join(uiDir, 'index.html'));
  // No wildcard route: the files of a build are known at start, and every other path reaches the handler below.
  if (served) await app.register(fastifyStatic, { root: path.resolve(uiDir), wildcard: false, index: 'index.html' });
  app.setNotFoundHandler((request, reply) => {
    const urlPath = request.url.split('?')[0]!;
    // Paths with an extension are files: a missing one is a 404, not the app.
    const isPage = request.method === 'GET' && !/^\/api(\/|$)/.test(urlPath) && !path.extname(urlPath);
    if (served && isPage) return reply.type('text/html').sendFile('index.html');
    return reply.code(404).send(notFound(request.method, request.url));
  });
  return served;
}
