/** Issue 12, defects 2–6: the console cannot fetch URLs, reveal the server, poison the pool or stall the server. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../../support/apiServer.js';
import { seedGraphFixture } from '../../support/graphFixture.js';
import { call } from './http.js';
import { graphFingerprint } from './securitySupport.js';

let api: ApiServer;
let before: Awaited<ReturnType<typeof graphFingerprint>>;
let bait: http.Server;
const baitHits: string[] = [];
let baitUrl: string;

beforeAll(async () => {
  api = await startApiServer({ uiDir: null });
  await seedGraphFixture(api.db);
  before = await graphFingerprint(api.db);
  bait = http.createServer((req, res) => {
    baitHits.push(req.url ?? '');
    res.end('secret,inside\n');
  });
  await new Promise<void>((resolve) => bait.listen(0, '127.0.0.1', resolve));
  baitUrl = `http://127.0.0.1:${(bait.address() as AddressInfo).port}`;
});
afterAll(async () => {
  if (api) expect(await graphFingerprint(api.db)).toEqual(before);
  await api?.close();
  await new Promise((resolve) => bait?.close(resolve));
});

const query = (q: string, params?: unknown) => call(api, 'POST', '/api/query', params === undefined ? { query: q } : { query: q, params });

describe('defect 2: the console fetches no URL', () => {
  it('refuses LOAD CSV however the text hides it, and the bait server is never hit', async () => {
    for (const q of [
      `WITH 'x//' AS u LOAD CSV FROM '${baitUrl}/a.csv' AS r RETURN r`,
      `WITH 'x/*' AS u LOAD CSV FROM '${baitUrl}/b.csv' AS r RETURN r, '*/'`,
      `load
       csv from '${baitUrl}/c.csv' as r return r`,
      `CALL { LOAD CSV FROM '${baitUrl}/d.csv' AS r RETURN r } RETURN r`,
    ]) {
      const answer = await query(q);
      expect(answer.status, q).toBe(400);
      expect(answer.json, q).toMatchObject({ error: 'InvalidInput', message: expect.stringMatching(/LOAD CSV is not allowed/) });
    }
    expect(baitHits).toEqual([]);
  });

  it('the local instance itself refuses to fetch network URLs, whoever asks', async () => {
    if (!api.config.neo4j.local) return;
    await expect(api.db.rows(`LOAD CSV FROM '${baitUrl}/direct.csv' AS r RETURN r`)).rejects.toThrow(/blocked|not allowed|cypher_ip_blocklist/i);
    expect(baitHits).toEqual([]);
  });
});

describe('defect 3: the console reveals nothing of the server', () => {
  it('refuses server procedures, SHOW and administration commands with 400 naming what was refused', async () => {
    for (const q of [
      'CALL `dbms`.listConfig()',
      'CALL dbms.listConfig() YIELD name, value RETURN name, value',
      'SHOW SETTINGS',
      'SHOW USERS',
      'SHOW TRANSACTIONS',
      'SHOW PROCEDURES',
      'TERMINATE TRANSACTIONS "neo4j-transaction-1"',
      'CALL dbms.listConnections()',
      "CALL dbms.queryJmx('*:*')",
      'CALL db.clearQueryCaches()',
      'CALL dbms.components()',
      'MATCH (n) CALL (n) { SET n.x = 1 } IN TRANSACTIONS RETURN 1',
    ]) {
      const answer = await query(q);
      expect(answer.status, q).toBe(400);
      expect((answer.json as { message: string }).message, q).toMatch(/^query: /);
    }
  });

  it('still allows the schema and full-text procedures', async () => {
    expect((await query('CALL db.labels() YIELD label RETURN label ORDER BY label')).status).toBe(200);
    expect((await query('CALL db.schema.visualization()')).status).toBe(200);
    const hits = await query("CALL db.index.fulltext.queryNodes('entity_names', 'ashoka') YIELD node RETURN node.id AS id");
    expect(hits).toMatchObject({ status: 200, json: { rows: expect.arrayContaining([['ashoka']]) } });
  });
});

describe('defect 4: deep parameters cannot poison the connection pool', () => {
  it('refuses params nested 8,000 deep with 400, and the next search succeeds, 4 rounds in 4', async () => {
    // Written as text: JSON.stringify itself would overflow on 8,000 levels.
    const object = '{"a":'.repeat(8000) + '"leaf"' + '}'.repeat(8000);
    const list = '['.repeat(8000) + '"leaf"' + ']'.repeat(8000);
    for (let round = 0; round < 4; round++) {
      for (const deep of [object, list]) {
        const answer = await call(api, 'POST', '/api/query', `{"query": "RETURN $p AS p", "params": {"p": ${deep}}}`);
        expect(answer.status).toBe(400);
        expect((answer.json as { message: string }).message).toMatch(/^params\.p.*nested deeper than 32 levels/);
        const search = await call(api, 'GET', '/api/search?q=ashoka');
        expect(search.status).toBe(200);
      }
    }
  });
});

/** Calls /api/health every 100 ms until `done` settles; returns each call's latency, or Infinity when it failed. */
async function healthWhile(done: Promise<unknown>): Promise<number[]> {
  let finished = false;
  void done.finally(() => (finished = true));
  const latencies: number[] = [];
  while (!finished) {
    const start = performance.now();
    const ok = await fetch(`${api.url}/api/health`, { signal: AbortSignal.timeout(1000) }).then((r) => r.status === 200, () => false);
    latencies.push(ok ? performance.now() - start : Infinity);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return latencies;
}

describe('defect 4, from the other side: an answer nested too deep to decode', () => {
  it('is refused with a 4xx, and the console answers the next statement', async () => {
    const deep = await query('RETURN reduce(l = [], i IN range(1, 20000) | [l]) AS deep');
    expect(deep.status).toBeGreaterThanOrEqual(400);
    expect(deep.status).toBeLessThan(500);
    expect(await query('RETURN 1 AS one')).toMatchObject({ status: 200, json: { rows: [[1]] } });
  });
});

describe('defect 5: one large value does not stall the server', () => {
  it('stops RETURN range(1,10000000) with a clear 413 while /api/health keeps answering', async () => {
    const big = query('RETURN range(1, 10000000) AS big');
    const latencies = await healthWhile(big);
    const answer = await big;
    expect(answer.status).toBe(413);
    expect(answer.json).toMatchObject({ error: 'ResultTooLarge', message: expect.stringMatching(/^query: /) });
    expect(latencies.filter((l) => l === Infinity)).toEqual([]);
  });

  it('cuts a result at QUERY_RESULT_BYTES and says it was truncated; one row over the budget is a 413', async () => {
    const small = await startApiServer({ uiDir: null, db: api.db, env: { QUERY_RESULT_BYTES: '20000', QUERY_ROW_LIMIT: '100000' } });
    try {
      const many = await call(small, 'POST', '/api/query', { query: "UNWIND range(1, 5000) AS i RETURN i, 'padding padding padding' AS pad" });
      expect(many.status).toBe(200);
      const result = many.json as { rows: unknown[][]; truncated: boolean };
      expect(result.truncated).toBe(true);
      expect(result.rows.length).toBeGreaterThan(100);
      expect(result.rows.length).toBeLessThan(5000);
      const one = await call(small, 'POST', '/api/query', { query: 'RETURN range(1, 100000) AS big' });
      expect(one).toMatchObject({ status: 413, json: { error: 'ResultTooLarge', message: expect.stringContaining('QUERY_RESULT_BYTES=20000') } });
    } finally {
      await small.close();
    }
  });
});

describe('defect 6: load beyond capacity answers 429 or 503 with Retry-After, never 500', () => {
  it('110 concurrent slow console statements and a search: only 200, 429 and 503, each refusal with Retry-After', async () => {
    const slow = 'UNWIND range(1, 300000) AS i WITH i WHERE i % 7 = 0 RETURN count(*) AS n';
    const answers = await Promise.all([
      ...Array.from({ length: 110 }, () => query(slow)),
      call(api, 'GET', '/api/search?q=ashoka'),
    ]);
    const byStatus: Record<number, number> = {};
    for (const a of answers) byStatus[a.status] = (byStatus[a.status] ?? 0) + 1;
    console.log('110 slow console statements + 1 search:', byStatus);
    expect(Object.keys(byStatus).map(Number).filter((s) => ![200, 429, 503].includes(s))).toEqual([]);
    for (const a of answers.filter((x) => x.status !== 200)) expect(Number(a.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(answers.at(-1)!.status).toBe(200);
    expect(byStatus[200]).toBeGreaterThanOrEqual(api.config.query.concurrency);
    expect(byStatus[429]).toBeGreaterThan(0);
  });

  it('an exhausted connection pool answers 503 with Retry-After, and serves again once connections are free', async () => {
    // Hold every connection of the server's pool in an open transaction, as 100 slow requests would.
    const held = await Promise.all(
      Array.from({ length: 100 }, async () => {
        const session = api.db.driver.session({ database: api.db.name });
        return { session, tx: await session.beginTransaction() };
      }),
    );
    try {
      const search = await call(api, 'GET', '/api/search?q=ashoka');
      expect(search.status).toBe(503);
      expect(search.json).toMatchObject({ error: 'DatabaseUnavailable', message: expect.stringContaining('busy') });
      expect(Number(search.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await Promise.all(held.map(async ({ session, tx }) => (await tx.rollback(), await session.close())));
    }
    expect((await call(api, 'GET', '/api/search?q=ashoka')).status).toBe(200);
  });
});
