/**
 * Starts the API in-process on an ephemeral port of 127.0.0.1 against the test database, for integration and
 * end-to-end tests. Settings come from the test environment plus `env` overrides (e.g. API_TOKEN).
 */
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { loadConfig, type Config } from '../../src/config.js';
import type { Database } from '../../src/db/database.js';
import { buildApp, DEFAULT_UI_DIR } from '../../src/server/app.js';
import { openTestDatabase, testEnv } from './testDatabase.js';

export interface ApiServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  app: FastifyInstance;
  db: Database;
  config: Config;
  close(): Promise<void>;
}

export async function startApiServer(
  opts: { env?: Record<string, string>; db?: Database; uiDir?: string | null } = {},
): Promise<ApiServer> {
  const config = loadConfig({ ...testEnv(), ...opts.env });
  const db = opts.db ?? (await openTestDatabase());
  const app = await buildApp({ db, config, uiDir: opts.uiDir === undefined ? DEFAULT_UI_DIR : opts.uiDir });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    db,
    config,
    async close() {
      await app.close();
      if (!opts.db) await db.close();
    },
  };
}
