import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../../support/apiServer.js';
import { seedGraphFixture } from '../../support/graphFixture.js';
import { call } from './http.js';

let api: ApiServer;
beforeAll(async () => {
  api = await startApiServer({ uiDir: null });
  await seedGraphFixture(api.db);
});
afterAll(async () => api?.close());

/** Every node and relationship with all its properties, in a canonical order. */
async function snapshot(): Promise<string> {
  const nodes = await api.db.rows('MATCH (n) RETURN labels(n) AS l, properties(n) AS p ORDER BY n.id');
  const rels = await api.db.rows('MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS p ORDER BY a, t, b');
  return JSON.stringify([nodes, rels]);
}

const HOSTILE = [
  "'",
  '"',
  "ashoka'}) DETACH DELETE n //",
  '}) DETACH DELETE n //',
  "' OR 1=1 --",
  '$id',
  '`Entity`',
  '*:*',
  'name:ashoka OR id:*',
  'Røde Kors 🚀 مرحبا ‮',
  '\u0000\u0001',
  'x'.repeat(5000),
];

describe('hostile input', () => {
  it('reaches every route without a server error and leaves the graph unchanged', async () => {
    const before = await snapshot();
    const statuses = new Map<string, Set<number>>();
    const note = (route: string, status: number) => statuses.set(route, (statuses.get(route) ?? new Set()).add(status));
    for (const bad of HOSTILE) {
      const q = encodeURIComponent(bad);
      const requests: [string, string, string, unknown?][] = [
        ['search', 'GET', `/api/search?q=${q}&types=${q}`],
        ['search', 'GET', `/api/search?q=${q}`],
        ['entity', 'GET', `/api/entities/${q}`],
        ['neighbours', 'GET', `/api/entities/${q}/neighbours`],
        ['neighbours', 'GET', `/api/entities/ashoka/neighbours?relations=${q}&types=${q}&depth=${q}`],
        ['paths', 'GET', `/api/paths?from=${q}&to=ashoka&relations=${q}`],
        ['paths', 'GET', `/api/paths?from=ashoka&to=${q}&mode=${q}&k=${q}`],
        ['connect', 'POST', '/api/connect', { ids: [bad, 'ashoka'] }],
        ['subgraph', 'POST', '/api/subgraph', { ids: [bad], filter: { types: [bad] } }],
        ['export', 'POST', `/api/export?format=cypher`, { ids: [bad] }],
        ['export', 'POST', `/api/export?format=${q}`, { ids: ['ashoka'] }],
        ['documents', 'GET', `/api/documents?limit=${q}`],
        ['document', 'GET', `/api/documents/${q}`],
        ['overview', 'GET', `/api/overview?limit=${q}&types=${q}`],
        ['query', 'POST', '/api/query', { query: 'MATCH (e:Entity {id: $id}) RETURN e.name', params: { id: bad } }],
        ['query', 'POST', '/api/query', { query: bad }],
      ];
      for (const [route, method, url, body] of requests) {
        const answer = await call(api, method, url, body);
        expect(answer.status, `${method} ${url.slice(0, 80)}`).toBeLessThan(500);
        if (answer.status !== 200) expect(answer.json).toMatchObject({ error: expect.any(String), message: expect.any(String) });
        note(route, answer.status);
      }
    }
    expect(await snapshot()).toBe(before);
    // Hostile values were refused (400; 414 for a 5000-character path), not found (404) or served (200).
    for (const [route, seen] of statuses) expect([...seen].filter((s) => ![200, 400, 404, 414].includes(s)), route).toEqual([]);
  });

  it('answers malformed JSON, an unknown route and a wrong method with JSON errors', async () => {
    const malformed = await call(api, 'POST', '/api/subgraph', '{"ids": [');
    expect(malformed.status).toBe(400);
    expect(malformed.json).toMatchObject({ error: expect.any(String), message: expect.any(String) });
    expect(await call(api, 'GET', '/api/nothing-here')).toMatchObject({ status: 404, json: { error: 'NotFound' } });
    expect((await call(api, 'DELETE', '/api/entities/ashoka')).status).toBe(404);
  });
});

describe('settings that protect the server', () => {
  it('requires the bearer token on /api/* when API_TOKEN is set, but leaves health and the description open', async () => {
    const guarded = await startApiServer({ uiDir: null, db: api.db, env: { API_TOKEN: 'test-token-123' } });
    try {
      expect(await call(guarded, 'GET', '/api/search?q=ashoka')).toMatchObject({ status: 401, json: { error: 'Unauthorized' } });
      expect((await call(guarded, 'GET', '/api/search?q=ashoka', undefined, { authorization: 'Bearer wrong' })).status).toBe(401);
      expect((await call(guarded, 'GET', '/api/search?q=ashoka', undefined, { authorization: 'Bearer test-token-123' })).status).toBe(200);
      expect((await call(guarded, 'POST', '/api/query', { query: 'RETURN 1' })).status).toBe(401);
      expect((await call(guarded, 'GET', '/api/health')).status).toBe(200);
      expect((await call(guarded, 'GET', '/api/openapi.json')).status).toBe(200);
    } finally {
      await guarded.close();
    }
  });

  it('refuses a body over BODY_LIMIT_BYTES with 413 and keeps serving', async () => {
    const small = await startApiServer({ uiDir: null, db: api.db, env: { BODY_LIMIT_BYTES: '1000' } });
    try {
      const ids = Array.from({ length: 200 }, (_, i) => `entity-${i}`);
      const answer = await call(small, 'POST', '/api/subgraph', { ids });
      expect(answer.status).toBe(413);
      expect(answer.json).toMatchObject({ error: 'FST_ERR_CTP_BODY_TOO_LARGE' });
      expect((await call(small, 'POST', '/api/subgraph', { ids: ['ashoka'] })).status).toBe(200);
    } finally {
      await small.close();
    }
  });
});

describe('description and explorer', () => {
  it('describes every route in /api/openapi.json, generated from the zod schemas', async () => {
    const { json } = await call(api, 'GET', '/api/openapi.json');
    const doc = json as { openapi: string; paths: Record<string, Record<string, { parameters: { name: string }[] }>> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/attention',
      '/api/connect',
      '/api/corrections',
      '/api/corrections/preview',
      '/api/corrections/{id}/undo',
      '/api/documents',
      '/api/documents/{id}',
      '/api/entities/{id}',
      '/api/entities/{id}/neighbours',
      '/api/export',
      '/api/health',
      '/api/imports/{jobId}',
      '/api/overview',
      '/api/paths',
      '/api/query',
      '/api/review-queue',
      '/api/reviews',
      '/api/reviews/summary',
      '/api/search',
      '/api/subgraph',
    ]);
    expect(doc.paths['/api/search']!.get!.parameters.map((p) => p.name)).toEqual(['q', 'types', 'limit']);
  });

  it('serves the built explorer at / and index.html for client-side routes, but 404s missing files and API paths', async () => {
    const uiDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-ui-'));
    fs.writeFileSync(path.join(uiDir, 'index.html'), '<!doctype html><title>explorer</title>');
    fs.mkdirSync(path.join(uiDir, 'assets'));
    fs.writeFileSync(path.join(uiDir, 'assets', 'app.js'), 'console.log(1)');
    const withUi = await startApiServer({ uiDir, db: api.db });
    try {
      for (const page of ['/', '/entity/ashoka', '/connections?from=a']) {
        const res = await fetch(withUi.url + page);
        expect(res.status, page).toBe(200);
        expect(await res.text()).toContain('<title>explorer</title>');
      }
      expect((await fetch(`${withUi.url}/assets/app.js`)).headers.get('content-type')).toMatch(/javascript/);
      expect((await fetch(`${withUi.url}/assets/missing.js`)).status).toBe(404);
      expect(await call(withUi, 'GET', '/api/missing')).toMatchObject({ status: 404, json: { error: 'NotFound' } });
    } finally {
      await withUi.close();
      fs.rmSync(uiDir, { recursive: true, force: true });
    }
  });
});
