/**
 * Neo4j going away and coming back, on a dedicated instance (ports 7730/7731) this test starts and stops itself,
 * so the shared test database is never interrupted.
 */
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { Database } from '../../../src/db/database.js';
import { start, stop } from '../../../src/db/local/localServer.js';
import { applySchema } from '../../../src/db/schema.js';
import { buildApp } from '../../../src/server/app.js';
import { HealthSchema } from '../../../src/model/index.js';
import { seedGraphFixture } from '../../support/graphFixture.js';
import { testEnv } from '../../support/testDatabase.js';

const config = loadConfig({
  ...testEnv(),
  NEO4J_URI: '',
  NEO4J_INSTANCE: 'api-outage',
  NEO4J_BOLT_PORT: '7730',
  NEO4J_HTTP_PORT: '7731',
  NEO4J_HEAP: '512m',
  NEO4J_PAGECACHE: '64m',
});
const quiet = () => {};
let db: Database;
let app: FastifyInstance;
let url: string;

beforeAll(async () => {
  await start(config.neo4j, quiet);
  db = new Database(config.neo4j);
  await applySchema(db);
  await seedGraphFixture(db);
  app = await buildApp({ db, config, uiDir: null });
  await app.listen({ host: '127.0.0.1', port: 0 });
  url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await app?.close();
  await db?.close();
  await stop(config.neo4j, quiet);
});

const get = async (path: string) => {
  const res = await fetch(url + path);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

const ROUTES = ['/api/search?q=ashoka', '/api/entities/ashoka', '/api/entities/ashoka/neighbours', '/api/paths?from=ashoka&to=six', '/api/documents'];

describe('when Neo4j is down', () => {
  it('answers 503 with a one-line message naming the server, and recovers once Neo4j is back', async () => {
    expect((await get('/api/search?q=ashoka')).status).toBe(200);

    await stop(config.neo4j, quiet);
    for (const path of ROUTES) {
      const { status, body } = await get(path);
      expect(status, path).toBe(503);
      expect(body.error).toBe('DatabaseUnavailable');
      expect(body.message).toMatch(/^Neo4j is not reachable at bolt:\/\/127\.0\.0\.1:7730 .*npm run db:start/);
      expect(body.message).not.toContain('\n');
    }
    const health = await get('/api/health');
    expect(health.status).toBe(503);
    expect(HealthSchema.parse(health.body)).toMatchObject({ status: 'degraded', neo4j: { reachable: false } });

    await start(config.neo4j, quiet);
    for (const path of ROUTES) expect((await get(path)).status, path).toBe(200);
    expect(HealthSchema.parse((await get('/api/health')).body)).toMatchObject({ status: 'ok', counts: { entities: 11 } });
  });
});
