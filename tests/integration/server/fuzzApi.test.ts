/**
 * Issue 12: a bounded, seeded fuzz over every route of /api/openapi.json with random, boundary and hostile values.
 * The server must never answer 500, the graph must not change, and /api/health must answer (within 1 s) throughout.
 * Write routes get only values their schema refuses, so any write that succeeds is a failure of validation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../../support/apiServer.js';
import { seedGraphFixture } from '../../support/graphFixture.js';
import { describedRoutes, graphFingerprint, type RouteOfDescription } from './securitySupport.js';

const SEED = 12_2026;
const REQUESTS = 2400;
const PARALLEL = 2;

type Schema = Record<string, unknown>;

/** mulberry32: small, seeded, good enough to pick test values reproducibly. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!, chance: (p: number) => next() < p };
}
type Rnd = ReturnType<typeof prng>;

const HOSTILE = [
  '', ' ', "'", '"', '\\', "ashoka'}) DETACH DELETE n //", "' OR 1=1 --", '$id', '`Entity`', '*:*', 'id:* OR name:*', '%00',
  '%2e%2e%2f', '../../etc/passwd', '${jndi:ldap://x/a}', '<script>alert(1)</script>', 'Røde Kors 🚀 مرحبا \u202e', '\u0000\u0001\u001f',
  'null', 'undefined', '[]', '{}', 'NaN', 'Infinity', '-0', '0x10', '0b11', '0o7', '1e3', ' 5', '5 ', '+5', '-1', '1.5',
  '99999999999999999999', 'x'.repeat(201), 'x'.repeat(2000), 'a,b,,c', ',', 'Organisation,Bogus', 'PARTNERS_WITH,%',
];
const IDS = ['ashoka', 'rode-kors', 'accenture', 'fixture-da', 'missing-entity', 'x', 'a:b', '0', 'ÅÄÖ'];
const CYPHER = [
  'MATCH (e:Entity) RETURN e.id, e.name LIMIT 5', 'MATCH (n) RETURN count(n)', 'RETURN $x AS x', 'MATCH p=(a)-[*1..3]-(b) RETURN p LIMIT 3',
  'CREATE (n:Entity {id: "fuzz"})', 'MATCH (n) DETACH DELETE n', 'MERGE (n:X)', 'MATCH (n) SET n.fuzz = 1', "LOAD CSV FROM 'http://127.0.0.1:9/x' AS r RETURN r",
  'CALL dbms.listConfig()', 'SHOW SETTINGS', 'SHOW TRANSACTIONS', 'CALL db.clearQueryCaches()', 'CALL db.labels()', 'RETURN range(1, 300000)',
  'MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS', 'DROP INDEX entity_names', 'CREATE INDEX x FOR (n:X) ON (n.x)', 'RETURN', ';', 'MATCH (n RETURN n',
  "RETURN 'x//' AS u // CREATE (n)", 'EXPLAIN MATCH (n) RETURN n', 'PROFILE MATCH (n) RETURN n', 'USE system SHOW USERS', 'TERMINATE TRANSACTIONS "x"',
];

function jsonValue(rnd: Rnd, depth: number): unknown {
  const kind = rnd.pick(['string', 'number', 'bool', 'null', 'array', 'object'] as const);
  if (depth <= 0 || kind === 'string') return rnd.pick([...HOSTILE, ...IDS]);
  if (kind === 'number') return rnd.pick([0, -1, 1.5, 2 ** 53, -(2 ** 63), 1e308, 5000, 20001]);
  if (kind === 'bool') return rnd.chance(0.5);
  if (kind === 'null') return null;
  if (kind === 'array') return Array.from({ length: Math.floor(rnd.next() * 4) }, () => jsonValue(rnd, depth - 1));
  return Object.fromEntries(Array.from({ length: Math.floor(rnd.next() * 3) }, (_, i) => [rnd.pick(['a', 'id', '__proto__', 'constructor', `k${i}`]), jsonValue(rnd, depth - 1)]));
}

/** A value for `schema`: usually close to valid (enums, known ids, boundaries), sometimes hostile or of another type. */
function valueFor(schema: Schema | undefined, rnd: Rnd, depth = 0): unknown {
  if (!schema || depth > 6 || rnd.chance(0.12)) return rnd.chance(0.5) ? rnd.pick(HOSTILE) : jsonValue(rnd, 3);
  const variants = (schema.oneOf ?? schema.anyOf) as Schema[] | undefined;
  if (variants) return valueFor(rnd.pick(variants), rnd, depth + 1);
  if (schema.const !== undefined) return schema.const;
  if (Array.isArray(schema.enum)) return rnd.chance(0.8) ? rnd.pick(schema.enum) : rnd.pick(HOSTILE);
  const min = (schema.minimum ?? schema.minLength ?? schema.minItems ?? 0) as number;
  const max = (schema.maximum ?? schema.maxLength ?? schema.maxItems ?? 100) as number;
  switch (schema.type) {
    case 'integer':
    case 'number':
      return rnd.pick([min - 1, min, max, max + 1, 0, 1, 1.5, -1, 2 ** 53]);
    case 'boolean':
      return rnd.chance(0.9) ? rnd.chance(0.5) : 'true';
    case 'array': {
      const length = Math.min(rnd.pick([0, 1, 2, min, Math.max(0, min - 1), max, max + 1]), 300);
      return Array.from({ length }, () => valueFor(schema.items as Schema, rnd, depth + 1));
    }
    case 'object': {
      const props = (schema.properties ?? {}) as Record<string, Schema>;
      const obj: Record<string, unknown> = {};
      for (const [k, s] of Object.entries(props)) if (rnd.chance(0.8)) obj[k] = k === 'query' ? rnd.pick(CYPHER) : valueFor(s, rnd, depth + 1);
      if (rnd.chance(0.1)) obj[rnd.pick(['extra', '__proto__', 'constructor'])] = jsonValue(rnd, 2);
      return obj;
    }
    default: {
      if (schema.pattern === '^\\d{1,9}$' || schema.pattern === '^\\d{1,9}(\\.\\d{1,9})?$') {
        return rnd.pick([String(min), String(max), String(max + 1), '0', '1', '0.5', '0x10', '0b11', '1e3', ' 5', '-1', '5.0', '']);
      }
      if (rnd.chance(0.5)) return rnd.pick(IDS);
      return rnd.pick([...HOSTILE, 'x'.repeat(Math.max(0, min - 1)), 'x'.repeat(Math.min(max, 5000)), 'x'.repeat(Math.min(max + 1, 5001))]);
    }
  }
}

/** A value of the wrong JSON type for `schema`: what a write route must refuse. */
function refusedValueFor(schema: Schema | undefined, rnd: Rnd): unknown {
  if (schema?.type === 'string' || schema?.enum || schema?.const) return rnd.pick([42, null, [], {}, true]);
  if (schema?.type === 'integer' || schema?.type === 'number') return rnd.pick(['1', null, [], 1e308 * 10]);
  if (schema?.type === 'array') return rnd.pick(['x', 1, {}]);
  return rnd.pick(['x', 1, [], null]);
}

function request(route: RouteOfDescription, rnd: Rnd): { method: string; url: string; body?: string } {
  const text = (v: unknown) => encodeURIComponent(typeof v === 'string' ? v : JSON.stringify(v) ?? '');
  const path = route.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const p = route.parameters.find((x) => x.name === name);
    return text(route.write ? rnd.pick(['missing-id', 'x'.repeat(120), ...HOSTILE.filter(Boolean)]) : valueFor(p?.schema, rnd));
  });
  const query = route.parameters
    .filter((p) => p.in === 'query' && (p.required || rnd.chance(0.6)))
    .flatMap((p) => (rnd.chance(0.05) ? [p, p] : [p]))
    .map((p) => `${p.name}=${text(valueFor(p.schema, rnd))}`);
  if (rnd.chance(0.05)) query.push(`unknown=${text(rnd.pick(HOSTILE))}`);
  const url = query.length ? `${path}?${query.join('&')}` : path;
  if (!route.body) return { method: route.method, url };
  if (route.write) {
    // Every property present is of the wrong type, or the body is not an object at all.
    const props = (route.body.properties ?? {}) as Record<string, Schema>;
    const body = rnd.chance(0.3) ? rnd.pick(['[]', '"x"', '1', 'null', '{', '']) : JSON.stringify(Object.fromEntries(Object.entries(props).map(([k, s]) => [k, refusedValueFor(s, rnd)])));
    return { method: route.method, url, body };
  }
  return { method: route.method, url, body: rnd.chance(0.05) ? rnd.pick(['{', '[]', 'null', '"x"', '{"a":'.repeat(40)]) : JSON.stringify(valueFor(route.body, rnd)) };
}

let api: ApiServer;
beforeAll(async () => {
  api = await startApiServer({ uiDir: null, env: { QUERY_TIMEOUT_MS: '2000' } });
  await seedGraphFixture(api.db);
});
afterAll(async () => api?.close());

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

describe('fuzz over every described route', () => {
  it(`${REQUESTS} seeded requests: no 500, the graph unchanged, /api/health answering throughout`, { timeout: 900_000 }, async () => {
    const before = await graphFingerprint(api.db);
    const routes = (await describedRoutes(api)).filter((r) => r.path !== '/api/health');
    const rnd = prng(SEED);
    const plan = Array.from({ length: REQUESTS }, (_, i) => request(routes[i % routes.length]!, rnd));

    // One request per route first: compiling the routes' code and Neo4j's query plans is a cold start, not the load
    // the server must keep answering health under.
    for (const r of routes.map((route) => request(route, prng(SEED + 1)))) {
      await fetch(api.url + r.url, { method: r.method, headers: r.body === undefined ? {} : { 'content-type': 'application/json' }, body: r.body }).then((res) => res.text());
    }
    await fetch(`${api.url}/api/health`).then((res) => res.text());

    let fuzzing = true;
    const health: number[] = [];
    const healthFailures: string[] = [];
    const started = performance.now();
    const poller = (async () => {
      while (fuzzing) {
        const start = performance.now();
        const outcome = await fetch(`${api.url}/api/health`, { signal: AbortSignal.timeout(1000) }).then(
          (r) => (r.status === 200 ? 'ok' : `status ${r.status}`),
          (err: Error) => err.name,
        );
        if (outcome === 'ok') health.push(performance.now() - start);
        else healthFailures.push(`${outcome} at ${((start - started) / 1000).toFixed(1)} s`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    })();

    const byStatus: Record<string, number> = {};
    const serverErrors: string[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        while (next < plan.length) {
          const r = plan[next++]!;
          const res = await fetch(api.url + r.url, { method: r.method, headers: r.body === undefined ? {} : { 'content-type': 'application/json' }, body: r.body });
          const text = await res.text();
          byStatus[res.status] = (byStatus[res.status] ?? 0) + 1;
          if (res.status >= 500 && !(res.status === 503 && res.headers.get('retry-after'))) serverErrors.push(`${res.status} ${r.method} ${r.url.slice(0, 120)} ${text.slice(0, 120)}`);
        }
      }),
    );
    fuzzing = false;
    await poller;

    console.log(`fuzz (seed ${SEED}): ${REQUESTS} requests over ${routes.length} routes; by status`, byStatus);
    console.log(
      `fuzz: /api/health answered ${health.length} times, failed ${healthFailures.length} (${healthFailures.join(', ')}); latency p50 ${percentile(health, 50).toFixed(1)} ms, ` +
        `p99 ${percentile(health, 99).toFixed(1)} ms, max ${Math.max(...health).toFixed(1)} ms`,
    );
    expect(serverErrors).toEqual([]);
    expect(healthFailures).toEqual([]);
    expect(await graphFingerprint(api.db)).toEqual(before);
  });
});
