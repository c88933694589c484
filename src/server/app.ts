/**
 * The HTTP server: one fastify app over one Database. `buildApp` registers every route and returns the app
 * unstarted; callers `listen` (the CLIs) or `inject` (tests). The caller owns the Database and closes it.
 */
import fs from 'node:fs';
import path from 'node:path';
import fastifyMultipart from '@fastify/multipart';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { PROJECT_ROOT, type Config } from '../config.js';
import type { Database } from '../db/database.js';
import { installAccessControl } from './access/accessControl.js';
import { installErrorHandler } from './errorHandler.js';
import { openApiDocument } from './openapi.js';
import { defineRoute, type RouteRegistry, type ServerContext } from './route.js';
import { installSecurityHeaders } from './securityHeaders.js';
import { connectRoutes } from './routes/connect.js';
import { documentRoutes } from './routes/documents.js';
import { entityRoutes } from './routes/entities.js';
import { healthRoutes } from './routes/health.js';
import { pathRoutes } from './routes/paths.js';
import { queryRoutes } from './routes/query.js';
import { searchRoutes } from './routes/search.js';
import { subgraphRoutes } from './routes/subgraph.js';
import { workbenchRoutes } from './routes/workbench.js';
import { installStaticUi } from './staticUi.js';

export const DEFAULT_UI_DIR = path.join(PROJECT_ROOT, 'dist', 'ui');

export interface AppOptions {
  db: Database;
  config: Config;
  /** Built explorer to serve at `/`; null serves the API only. Default dist/ui (served when it exists). */
  uiDir?: string | null;
  logger?: FastifyServerOptions['logger'];
}

function packageVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}

export async function buildApp({ db, config, uiDir = DEFAULT_UI_DIR, logger = false }: AppOptions): Promise<FastifyInstance> {
  // Long ids must reach the zod check (a clear 400), not fail fastify's default 100-character route match.
  const app = Fastify({ logger, bodyLimit: config.server.bodyLimit, routerOptions: { maxParamLength: 1000 } });
  installErrorHandler(app);
  // Headers first, so refusals of the access check carry them too.
  await installSecurityHeaders(app);
  installAccessControl(app, config);

  const registry: RouteRegistry = [];
  const ctx: ServerContext = {
    db,
    config,
    route: (spec, handler) => defineRoute(app, registry, spec, handler),
    onClose: (fn) => app.addHook('onClose', fn),
  };
  await app.register(fastifyMultipart, { limits: { fileSize: config.workbench.maxFileBytes, files: config.workbench.maxFiles } });
  for (const routes of [healthRoutes, searchRoutes, entityRoutes, pathRoutes, connectRoutes, subgraphRoutes, documentRoutes, queryRoutes, workbenchRoutes]) {
    routes(ctx);
  }
  const openApi = openApiDocument(registry, packageVersion());
  app.get('/api/openapi.json', { config: { public: true } }, async () => openApi);

  await installStaticUi(app, uiDir);
  return app;
}
