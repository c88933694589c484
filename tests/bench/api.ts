/**
 * `npm run bench:api`: API latency and throughput on the synthetic graph (100,000 entities, 500,000 relations,
 * power-law degrees), next to the same queries run directly through the driver, then 200 connections for 30 s.
 * Uses its own Neo4j instance `bench-api` (ports 7722/7723) unless NEO4J_URI is set. Figures only; no assertions.
 * Each figure is printed with the load average when it was taken (the machine is shared). Last, /api/health
 * latency while the console returns a 50 MB value; `npm run bench:api -- --large-value` measures only that. Then the
 * adversarial documents a browser upload could bring (the importer's bench, ./adversarial.ts); `-- --adversarial`
 * runs only those.
 */
import os from 'node:os';
import { loadConfig } from '../../src/config.js';
import { Database } from '../../src/db/database.js';
import { start } from '../../src/db/local/localServer.js';
import { findPaths } from '../../src/db/queries/paths.js';
import { searchEntities } from '../../src/db/queries/search.js';
import { neighbourhood } from '../../src/db/queries/slice.js';
import { benchAdversarial } from './adversarial.js';
import { formatHealthFigures, healthUnderLargeValue } from './api/healthUnderLargeValue.js';
import { direct, figures, overHttp, type Figures, type Sample } from './api/measure.js';
import { startServerProcess } from './api/serverProcess.js';
import { ensureSyntheticGraph } from './api/syntheticGraph.js';
import { sampleWorkload } from './api/workload.js';

const SIZE = { entities: 100_000, relations: 500_000 };
/**
 * Latency is measured with as many requests in flight as the machine has cores for Neo4j and the server (2 here):
 * with more, on 2 cores shared by Neo4j, the server and autocannon, p95 measures the queue, not the request.
 * Throughput is measured separately with 8 in flight, and the soak with 200 connections.
 */
const LATENCY_CONNECTIONS = 2;
const THROUGHPUT_CONNECTIONS = 8;
const SECONDS = 10;
/**
 * A freshly started Neo4j spends about a third of its CPU compiling Java code for the first minute of work, and the
 * server process warms up too: every scenario runs this long, over HTTP and directly, before anything is measured.
 */
const WARM_UP_SECONDS = 15;
/** HTTP and direct latency runs alternate in rounds, so drift on a shared machine falls on both sides alike. */
const ROUNDS = 5;
const SOAK = { connections: 200, seconds: 30 };

const log = (line: string) => console.log(line);
const env: NodeJS.ProcessEnv = {
  NEO4J_INSTANCE: 'bench-api',
  NEO4J_BOLT_PORT: '7722',
  NEO4J_HTTP_PORT: '7723',
  NEO4J_HEAP: '2g',
  NEO4J_PAGECACHE: '1g',
  ...process.env,
};

interface Scenario {
  name: string;
  target: number;
  paths: string[];
  call: (i: number) => Promise<unknown>;
}

const ms = (n: number) => n.toFixed(1).padStart(7);
const load = () => os.loadavg()[0]!.toFixed(1).padStart(5);
const row = (name: string, via: string, conns: number, f: Figures, target: string) =>
  `${name.padEnd(20)} ${via.padEnd(7)} ${String(conns).padStart(5)} ${ms(f.p50)} ${ms(f.p95)} ${ms(f.p99)} ${f.rps.toFixed(0).padStart(7)} ${String(f.errors).padStart(6)} ${load()}  ${target}`;

async function main(): Promise<void> {
  if (process.argv.includes('--adversarial')) return benchAdversarial();
  const config = loadConfig(env);
  if (config.neo4j.local) await start(config.neo4j, log);
  if (process.argv.includes('--large-value')) {
    for (const f of await healthUnderLargeValue(env)) formatHealthFigures(f).forEach(log);
    return;
  }
  const db = new Database(config.neo4j);
  await ensureSyntheticGraph(db, SIZE, log);
  const w = await sampleWorkload(db, 2000);
  const filter = { minConfidence: 0, includeWeak: false };
  const scenarios: Scenario[] = [
    {
      name: 'search',
      target: 25,
      paths: w.searchTerms.map((q) => `/api/search?q=${encodeURIComponent(q)}&limit=10`),
      call: (i) => searchEntities(db, w.searchTerms[i % w.searchTerms.length]!, { limit: 10 }),
    },
    {
      name: 'neighbours depth 2',
      target: 25,
      paths: w.ids.map((id) => `/api/entities/${id}/neighbours?depth=2`),
      call: (i) => neighbourhood(db, { ids: [w.ids[i % w.ids.length]!], depth: 2, limit: 500, filter }),
    },
    {
      name: 'shortest path',
      target: 60,
      paths: w.pairs.map(([from, to]) => `/api/paths?from=${from}&to=${to}`),
      call: (i) => {
        const [from, to] = w.pairs[i % w.pairs.length]!;
        return findPaths(db, { from, to, maxHops: 5, mode: 'shortest', k: 3 });
      },
    },
  ];

  const server = await startServerProcess(env);
  const lines: string[] = [];
  const loadAtStart = load();
  try {
    log(`bench: warm-up, ${WARM_UP_SECONDS} s of each scenario over HTTP and directly…`);
    for (const s of scenarios) {
      await overHttp(server.url, s.paths, THROUGHPUT_CONNECTIONS, WARM_UP_SECONDS);
      await direct(s.call, THROUGHPUT_CONNECTIONS, WARM_UP_SECONDS);
    }
    // How busy the machine is: a Bolt round trip that does nothing.
    for (const conns of [LATENCY_CONNECTIONS, THROUGHPUT_CONNECTIONS]) {
      const idle = figures(await direct(() => db.rows('RETURN 1'), conns, 3));
      lines.push(row('RETURN 1 (baseline)', 'driver', conns, idle, 'load indicator: an idle machine answers in well under 1 ms'));
    }
    for (const s of scenarios) {
      log(`bench: ${s.name} (${ROUNDS} rounds of ${SECONDS / ROUNDS} s over HTTP then direct with ${LATENCY_CONNECTIONS} in flight, ${SECONDS} s over HTTP with ${THROUGHPUT_CONNECTIONS})…`);
      const overApi: Sample[] = [];
      const overDriver: Sample[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        overApi.push(await overHttp(server.url, s.paths, LATENCY_CONNECTIONS, SECONDS / ROUNDS));
        overDriver.push(await direct(s.call, LATENCY_CONNECTIONS, SECONDS / ROUNDS));
      }
      const http = figures(...overApi);
      const viaDriver = figures(...overDriver);
      const busy = figures(await overHttp(server.url, s.paths, THROUGHPUT_CONNECTIONS, SECONDS));
      const ok = http.p95 <= s.target ? 'met' : 'MISSED';
      const ratio = http.p50 / viaDriver.p50;
      lines.push(row(s.name, 'API', LATENCY_CONNECTIONS, http, `p95 target ≤ ${s.target} ms: ${ok}`));
      lines.push(row('', 'driver', LATENCY_CONNECTIONS, viaDriver, `API/driver p50 ${ratio.toFixed(2)}× (target ≤ 1.3×): ${ratio <= 1.3 ? 'met' : 'MISSED'}`));
      lines.push(row('', 'API', THROUGHPUT_CONNECTIONS, busy, 'throughput'));
    }
    log(`bench: mixed load, ${SOAK.connections} connections for ${SOAK.seconds} s…`);
    const mixed = scenarios.flatMap((s) => s.paths.slice(0, 500));
    const soak = figures(await overHttp(server.url, mixed, SOAK.connections, SOAK.seconds));
    lines.push(row('mixed', 'API', SOAK.connections, soak, `errors target 0: ${soak.errors === 0 ? 'met' : 'MISSED'}`));
  } finally {
    await server.stop();
    await db.close();
  }
  log('bench: /api/health while the console returns a 50 MB value…');
  const health = await healthUnderLargeValue(env);
  log('');
  log(`bench:api on ${SIZE.entities} entities / ${SIZE.relations} relations; ${os.cpus().length} cores, load average ${loadAtStart} at the start, ${load()} at the end`);
  log(`${'scenario'.padEnd(20)} ${'via'.padEnd(7)} ${'conns'.padStart(5)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'req/s'.padStart(7)} ${'errors'.padStart(6)} ${'load'.padStart(5)}`);
  for (const line of lines) log(line);
  for (const f of health) formatHealthFigures(f).forEach(log);
  // Documents come from the browser now (POST /api/documents): what a hostile one costs the importer.
  benchAdversarial();
}

main().then(
  () => process.exit(0),
  (err: Error) => {
    console.error(err.stack ?? err.message);
    process.exit(1);
  },
);
