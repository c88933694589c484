/** Issue 12, defects 1 and 8 (Host): the token, write routes and Host are decided on the route fastify matched. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { accessNotices } from '../../../src/server/access/accessControl.js';
import { buildApp } from '../../../src/server/app.js';
import { defineRoute } from '../../../src/server/route.js';
import { startApiServer, type ApiServer } from '../../support/apiServer.js';
import { seedGraphFixture } from '../../support/graphFixture.js';
import { testEnv } from '../../support/testDatabase.js';
import { call } from './http.js';
import { describedRoutes, graphFingerprint, rawRequest, type RouteOfDescription } from './securitySupport.js';

const TOKEN = 'secret-token-of-the-test';
let api: ApiServer;
let guarded: ApiServer;
let before: Awaited<ReturnType<typeof graphFingerprint>>;

beforeAll(async () => {
  api = await startApiServer({ uiDir: null });
  await seedGraphFixture(api.db);
  guarded = await startApiServer({ uiDir: null, db: api.db, env: { API_TOKEN: TOKEN } });
  before = await graphFingerprint(api.db);
});
afterAll(async () => {
  if (api) expect(await graphFingerprint(api.db)).toEqual(before);
  await guarded?.close();
  await api?.close();
});

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('API_TOKEN cannot be bypassed by spelling the path differently', () => {
  it('refuses a percent-encoded letter in the path (POST /%61pi/query) with 400, not a tokenless 200', async () => {
    for (const path of ['/%61pi/query', '/api/%71uery', '/%2561pi/query', '/api/entities/%61shoka']) {
      const answer = await call(guarded, 'POST', path, { query: 'MATCH (e:Entity) RETURN e.id' });
      expect(answer.status, path).not.toBe(200);
      expect([400, 401, 404], path).toContain(answer.status);
    }
    expect((await call(guarded, 'POST', '/%61pi/query', { query: 'RETURN 1' })).json).toMatchObject({ error: 'BadRequestTarget' });
    expect((await call(guarded, 'GET', '/api/entities/%61shoka')).status).toBe(400);
  });

  it('refuses an absolute-form request target (GET http://x/api/entities/… HTTP/1.1) with 400', async () => {
    const absolute = await rawRequest(guarded, ['GET http://x/api/entities/ashoka HTTP/1.1', 'Host: x']);
    expect(absolute.status).toBe(400);
    expect(absolute.text).toContain('BadRequestTarget');
    expect(absolute.text).not.toContain('Ashoka');
    const plain = await rawRequest(guarded, ['GET /api/entities/ashoka HTTP/1.1', 'Host: 127.0.0.1']);
    expect(plain.status).toBe(401);
  });

  it('still serves ids whose non-ASCII characters are percent-encoded, behind the token', async () => {
    const path = `/api/search?q=${encodeURIComponent('Røde')}`;
    expect((await call(guarded, 'GET', path)).status).toBe(401);
    expect((await call(guarded, 'GET', path, undefined, bearer(TOKEN))).status).toBe(200);
  });
});

/** A request to the route that should pass validation, so "right token" answers 200. */
function example(route: RouteOfDescription): { url: string; body?: unknown } {
  const values: Record<string, string> = { id: route.path.startsWith('/api/documents') ? 'fixture-da' : 'ashoka', q: 'ashoka', from: 'ashoka', to: 'rode-kors', format: 'json' };
  const url = route.path.replace(/\{(\w+)\}/g, (_m, name: string) => values[name] ?? 'x');
  const query = route.parameters.filter((p) => p.in === 'query' && p.required).map((p) => `${p.name}=${values[p.name] ?? 'x'}`);
  const bodies: Record<string, unknown> = {
    '/api/connect': { ids: ['ashoka', 'rode-kors'] },
    '/api/query': { query: 'RETURN 1 AS one' },
  };
  return { url: query.length ? `${url}?${query.join('&')}` : url, body: route.body ? (bodies[route.path] ?? { ids: ['ashoka'] }) : undefined };
}

describe('every route of the description × {no token, wrong token, right token}', () => {
  it('answers 401 without or with a wrong token except on public routes, and serves the right token', async () => {
    const routes = await describedRoutes(guarded);
    expect(routes.length).toBeGreaterThanOrEqual(12);
    const open = new Set(['GET /api/health', 'GET /api/openapi.json']);
    const table: string[] = [];
    for (const route of routes) {
      const { url, body } = example(route);
      const name = `${route.method} ${route.path}`;
      for (const [who, headers] of [['none', {}], ['wrong', bearer('wrong')], ['right', bearer(TOKEN)]] as const) {
        const answer = await call(guarded, route.method, url, body, headers);
        table.push(`${name} ${who} ${answer.status}`);
        if (who === 'right' || open.has(name)) {
          expect(answer.status, `${name} with ${who} token`).toBeLessThan(500);
          expect(answer.status, `${name} with ${who} token`).not.toBe(401);
        } else {
          expect(answer.status, `${name} with ${who} token`).toBe(401);
          expect(answer.headers.get('www-authenticate')).toBe('Bearer');
        }
      }
    }
    // The examples are valid requests of the read routes: with the right token each answers 200 (health: Neo4j is up).
    const reads = /^(GET \/api\/(health|openapi\.json|search|entities|paths|overview|documents)|POST \/api\/(connect|subgraph|export|query)) /;
    expect(table.filter((row) => reads.test(row) && row.includes(' right ') && !row.endsWith(' 200'))).toEqual([]);
  });
});

describe('write routes on a tokenless server', () => {
  async function appWithWriteRoute(env: Record<string, string>) {
    const config = loadConfig({ ...testEnv(), ...env });
    const app = await buildApp({ db: api.db, config, uiDir: null });
    defineRoute(app, [], { method: 'POST', url: '/api/test-writes', summary: 'a write route as the workbench adds them' }, async () => ({ wrote: true }));
    return app;
  }

  it('refuses write routes with 403 when listening beyond loopback without API_TOKEN, but keeps read-only POSTs', async () => {
    const app = await appWithWriteRoute({ HOST: '0.0.0.0' });
    try {
      const write = await app.inject({ method: 'POST', url: '/api/test-writes', headers: { host: '127.0.0.1' }, payload: {} });
      expect(write.statusCode).toBe(403);
      expect(write.json()).toMatchObject({ error: 'Forbidden', message: expect.stringContaining('API_TOKEN') });
      const console = await app.inject({ method: 'POST', url: '/api/query', headers: { host: '127.0.0.1' }, payload: { query: 'RETURN 1' } });
      expect(console.statusCode).toBe(200);
      const connect = await app.inject({ method: 'POST', url: '/api/subgraph', headers: { host: '127.0.0.1' }, payload: { ids: ['ashoka'] } });
      expect(connect.statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('says at start that write routes are refused when listening beyond loopback without a token', () => {
    expect(accessNotices(loadConfig({ ...testEnv(), HOST: '0.0.0.0' })).join('\n')).toMatch(/HOST=0\.0\.0\.0 .*write routes answer 403 until API_TOKEN is set/);
    expect(accessNotices(loadConfig({ ...testEnv(), HOST: '127.0.0.1' }))).toEqual([]);
  });

  it('allows write routes on loopback, and beyond loopback with the token', async () => {
    const loopback = await appWithWriteRoute({ HOST: '127.0.0.1' });
    const exposed = await appWithWriteRoute({ HOST: '0.0.0.0', API_TOKEN: TOKEN });
    try {
      expect((await loopback.inject({ method: 'POST', url: '/api/test-writes', headers: { host: 'localhost' }, payload: {} })).statusCode).toBe(200);
      const withToken = await exposed.inject({ method: 'POST', url: '/api/test-writes', headers: { host: 'atlas.example', ...bearer(TOKEN) }, payload: {} });
      expect(withToken.statusCode).toBe(200);
      expect((await exposed.inject({ method: 'POST', url: '/api/test-writes', payload: {} })).statusCode).toBe(401);
    } finally {
      await loopback.close();
      await exposed.close();
    }
  });
});

describe('Host header (DNS rebinding)', () => {
  it('answers a tokenless server only under its own names', async () => {
    const { port } = new URL(api.url);
    for (const host of ['evil.example', `evil.example:${port}`, 'rebind.127.0.0.1.nip.io']) {
      const answer = await rawRequest(api, ['GET /api/search?q=ashoka HTTP/1.1', `Host: ${host}`]);
      expect(answer.status, host).toBe(421);
      expect(answer.text).not.toContain('Ashoka');
    }
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]) {
      expect((await rawRequest(api, ['GET /api/search?q=ashoka HTTP/1.1', `Host: ${host}`])).status, host).toBe(200);
    }
  });

  it('accepts names listed in API_ALLOWED_HOSTS, and any name when the token guards the server', async () => {
    const proxied = await startApiServer({ uiDir: null, db: api.db, env: { API_ALLOWED_HOSTS: 'atlas.example, other.example' } });
    try {
      expect((await rawRequest(proxied, ['GET /api/health HTTP/1.1', 'Host: atlas.example'])).status).toBe(200);
      expect((await rawRequest(proxied, ['GET /api/health HTTP/1.1', 'Host: evil.example'])).status).toBe(421);
    } finally {
      await proxied.close();
    }
    const answer = await rawRequest(guarded, ['GET /api/search?q=ashoka HTTP/1.1', 'Host: atlas.example', `Authorization: Bearer ${TOKEN}`]);
    expect(answer.status).toBe(200);
  });
});
