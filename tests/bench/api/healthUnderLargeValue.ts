/**
 * /api/health latency while console statements return a 50 MB value (50 strings of 1 MB): once with the default
 * result budget, which cuts the answer on the wire (413), and once with a budget large enough to send it all (200).
 * Health is called every 20 ms from this process; each figure is over the calls made while the statements ran, next
 * to the same calls with no statement running (the shared machine's own noise). /api/openapi.json is timed too: it
 * touches no Neo4j, so its latency is the server's event loop alone, where health also waits for a busy Neo4j.
 */
import { startServerProcess } from './serverProcess.js';

const FIFTY_MB = "WITH reduce(s = 'x', i IN range(1, 20) | s + s) AS mb RETURN [i IN range(1, 50) | mb] AS big";
const STATEMENTS = 6;

interface Latencies {
  calls: number;
  failed: number;
  p50: number;
  p99: number;
  max: number;
}

export interface HealthFigures {
  budget: string;
  statuses: Record<number, number>;
  statementMs: number;
  idle: Latencies;
  health: Latencies;
  eventLoop: Latencies;
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;

/** Calls `path` every 20 ms until `stop` resolves. */
async function poll(url: string, path: string, stop: Promise<unknown>): Promise<Latencies> {
  let running = true;
  void stop.finally(() => (running = false));
  const latencies: number[] = [];
  let failed = 0;
  while (running) {
    const start = performance.now();
    const ok = await fetch(url + path, { signal: AbortSignal.timeout(5000) }).then(async (r) => (await r.arrayBuffer(), r.ok), () => false);
    if (ok) latencies.push(performance.now() - start);
    else failed += 1;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return { calls: latencies.length, failed, p50: percentile(latencies, 50), p99: percentile(latencies, 99), max: Math.max(...latencies) };
}

async function measure(url: string, budget: string): Promise<HealthFigures> {
  const statuses: Record<number, number> = {};
  const start = performance.now();
  const statements = (async () => {
    for (let i = 0; i < STATEMENTS; i++) {
      const res = await fetch(`${url}/api/query`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: FIFTY_MB }) });
      await res.arrayBuffer();
      statuses[res.status] = (statuses[res.status] ?? 0) + 1;
    }
  })();
  const [health, eventLoop] = await Promise.all([poll(url, '/api/health', statements), poll(url, '/api/openapi.json', statements)]);
  const statementMs = (performance.now() - start) / STATEMENTS;
  const idle = await poll(url, '/api/health', new Promise((resolve) => setTimeout(resolve, Math.min(statementMs * STATEMENTS, 10_000))));
  return { budget, statuses, statementMs, idle, health, eventLoop };
}

/** Starts the server twice (default budget, then 64 MB) and measures health under the 50 MB statements. */
export async function healthUnderLargeValue(env: NodeJS.ProcessEnv): Promise<HealthFigures[]> {
  const results: HealthFigures[] = [];
  for (const [label, bytes] of [['default (QUERY_RESULT_BYTES=8000000)', undefined], ['QUERY_RESULT_BYTES=64000000', '64000000']] as const) {
    const server = await startServerProcess({ ...env, ...(bytes ? { QUERY_RESULT_BYTES: bytes, BODY_LIMIT_BYTES: '1048576' } : {}) });
    try {
      // One statement first: the console's worker thread starts on first use.
      await fetch(`${server.url}/api/query`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'RETURN 1' }) });
      results.push(await measure(server.url, label));
    } finally {
      await server.stop();
    }
  }
  return results;
}

const line = (l: Latencies) => `${l.calls} calls, ${l.failed} failed, p50 ${l.p50.toFixed(1)} ms, p99 ${l.p99.toFixed(1)} ms, max ${l.max.toFixed(1)} ms`;

export function formatHealthFigures(f: HealthFigures): string[] {
  const statuses = Object.entries(f.statuses).map(([s, n]) => `${n}×${s}`).join(' ');
  const met = f.health.p99 <= 100 && f.health.failed === 0 ? 'met' : 'MISSED';
  return [
    `50 MB value, budget ${f.budget}: console ${statuses}, ${f.statementMs.toFixed(0)} ms each`,
    `  /api/health meanwhile:       ${line(f.health)} (target p99 ≤ 100 ms: ${met})`,
    `  /api/openapi.json meanwhile: ${line(f.eventLoop)} (the event loop alone)`,
    `  /api/health afterwards:      ${line(f.idle)} (the machine's noise)`,
  ];
}
