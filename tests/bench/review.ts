/**
 * `npm run bench:review`: latency of each workbench action on the sample corpus, over HTTP, one request at a time
 * (the way a person reviewing with the keyboard sends them). Issue 14 wants each under 100 ms. Uses Neo4j instance
 * `bench-review` (ports 7796/7797) unless NEO4J_INSTANCE or NEO4J_URI say otherwise; temp copies of the corpus and
 * the curated folder, so the repository's graph-data is never written. Figures only; no assertions.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { importCorpus } from '../../importer/importCorpus.js';
import { loadConfig, PROJECT_ROOT } from '../../src/config.js';
import { Database } from '../../src/db/database.js';
import { start, stop } from '../../src/db/local/localServer.js';
import { buildApp } from '../../src/server/app.js';
import { ReviewQueueSchema, type QueuedClaim } from '../../src/model/index.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-review-'));
const env: NodeJS.ProcessEnv = {
  NEO4J_INSTANCE: 'bench-review',
  NEO4J_BOLT_PORT: '7796',
  NEO4J_HTTP_PORT: '7797',
  NEO4J_HEAP: '512m',
  NEO4J_PAGECACHE: '256m',
  ...process.env,
  CORPUS_DIR: path.join(dir, 'documents'),
  CURATED_DIR: path.join(dir, 'curated'),
};
const WARM_UP = 20;
const log = (line: string) => console.log(line);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main(): Promise<void> {
  const config = loadConfig(env);
  fs.cpSync(path.join(PROJECT_ROOT, 'graph-data', 'documents'), config.workbench.corpusDir, { recursive: true });
  fs.cpSync(path.join(PROJECT_ROOT, 'graph-data', 'curated'), config.workbench.curatedDir, { recursive: true });
  const started = config.neo4j.local ? (await start(config.neo4j, log)).started : false;
  const db = new Database(config.neo4j);
  const app = await buildApp({ db, config, uiDir: null });
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  try {
    await importCorpus(db, { paths: [config.workbench.corpusDir], correctionsFile: config.workbench.correctionsFile, reset: true });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    // node:http on one kept-alive socket: fetch (undici) added 5-10 ms to each request here, more than most routes take.
    const send = (method: string, url: string, body?: unknown) =>
      new Promise<unknown>((resolve, reject) => {
        const payload = body === undefined ? '' : JSON.stringify(body);
        const headers = body === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) };
        const req = http.request(base + url, { method, agent, headers }, (res) => {
          let text = '';
          res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
          res.on('end', () => (res.statusCode === 200 ? resolve(JSON.parse(text)) : reject(new Error(`${method} ${url}: ${res.statusCode} ${text}`))));
        });
        req.on('error', reject).end(payload);
      });
    const queue = ReviewQueueSchema.parse(await send('GET', '/api/review-queue?limit=500'));
    const relations = queue.claims.filter((c) => c.kind === 'relation');
    const entities = queue.claims.filter((c) => c.kind === 'entity');
    const claim = (c: QueuedClaim) => (c.kind === 'entity' ? { kind: 'entity', id: c.id } : { kind: 'relation', source: c.source, type: c.type, target: c.target });
    const [a, b, c] = entities;
    log(`sample corpus: ${relations.length} relations, ${entities.length} entities; load average ${os.loadavg()[0]!.toFixed(1)}`);

    const actions: [string, number, (i: number) => Promise<unknown>][] = [
      ['review (verify/reject)', 200, (i) => send('POST', '/api/reviews', { claim: claim(queue.claims[i % queue.claims.length]!), state: i % 3 ? 'verified' : 'rejected', by: 'Bench' })],
      ['review queue', 50, () => send('GET', '/api/review-queue?sort=confidence&limit=100')],
      ['review summary', 50, () => send('GET', '/api/reviews/summary')],
      ['rename', 40, (i) => send('POST', '/api/corrections', { kind: 'rename', entity: a!.id, name: `Bench Name ${i}`, by: 'Bench' })],
      ['retype', 40, (i) => send('POST', '/api/corrections', { kind: 'retype', entity: b!.id, type: i % 2 ? 'Network' : 'Organisation', by: 'Bench' })],
      ['alias + undo', 20, async (i) => {
        const added = (await send('POST', '/api/corrections', { kind: 'alias', entity: c!.id, alias: `Bench ${i}`, by: 'Bench' })) as { correction: { id: string } };
        return send('POST', `/api/corrections/${added.correction.id}/undo`);
      }],
      ['merge preview', 50, () => send('GET', `/api/corrections/preview?kind=merge&from=${encodeURIComponent(b!.id!)}&into=${encodeURIComponent(c!.id!)}`)],
      ['merge + undo', 10, async () => {
        const merged = (await send('POST', '/api/corrections', { kind: 'merge', from: b!.id, into: c!.id, by: 'Bench' })) as { correction: { id: string } };
        return send('POST', `/api/corrections/${merged.correction.id}/undo`);
      }],
      ['attention', 30, () => send('GET', '/api/attention')],
      ['entity details', 50, (i) => send('GET', `/api/entities/${encodeURIComponent(entities[i % entities.length]!.id!)}`)],
    ];
    log(`${'action'.padEnd(24)} ${'n'.padStart(4)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'max ms'.padStart(8)}  load`);
    for (const [name, n, run] of actions) {
      for (let i = 0; i < Math.min(WARM_UP, n); i++) await run(i);
      const times: number[] = [];
      for (let i = 0; i < n; i++) {
        const t = performance.now();
        await run(i);
        times.push(performance.now() - t);
      }
      times.sort((x, y) => x - y);
      const f = (v: number) => v.toFixed(1).padStart(8);
      log(`${name.padEnd(24)} ${String(n).padStart(4)} ${f(percentile(times, 50))} ${f(percentile(times, 99))} ${f(times.at(-1)!)}  ${os.loadavg()[0]!.toFixed(1)}`);
    }
    log('(alias + undo and merge + undo are two requests each)');
  } finally {
    agent.destroy();
    await app.close();
    await db.close();
    if (started) await stop(config.neo4j, log);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
