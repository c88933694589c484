/**
 * npm run bench:load — loads a seeded synthetic extraction (default 100,000 entities, 500,000 relations) into an
 * empty Neo4j through the importer's load stage (UNWIND), then the same rows as CSV files with LOAD CSV, then
 * through the importer's neo4j-admin path (local server only), each into an empty database, and prints rows per
 * second for each and their ratios. Starts its own Neo4j instance (BENCH_INSTANCE, default "bench", ports
 * BENCH_BOLT_PORT/BENCH_HTTP_PORT, default 7720/7721) unless NEO4J_URI is set. BENCH_ENTITIES and BENCH_RELATIONS
 * change the size; BENCH_LOADERS (default "unwind,csv,admin") picks loaders.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config.js';
import { Database } from '../../src/db/database.js';
import { instancePaths } from '../../src/db/local/neo4jHome.js';
import { start, stop } from '../../src/db/local/localServer.js';
import { dumpGraph } from '../../src/db/queries/dump.js';
import { countGraph } from '../../src/db/queries/importedGraph.js';
import { graphIsEmpty, wipeImportedGraph } from '../../src/db/queries/loadGraph.js';
import { applySchema } from '../../src/db/schema.js';
import { emptyCuration } from '../../importer/curate/curation.js';
import { buildGraph } from '../../importer/load/buildGraph.js';
import { splitContributions } from '../../importer/load/contributions.js';
import { loadExtraction } from '../../importer/load/loadExtraction.js';
import type { LoadProgress } from '../../importer/load/bulkLoad.js';
import { loadCsvFiles, writeCsvFiles } from './csvRows.js';
import { generateSyntheticExtraction } from './synthetic.js';

const env = process.env;
const size = { entities: Number(env.BENCH_ENTITIES ?? 100_000), relations: Number(env.BENCH_RELATIONS ?? 500_000) };
const config = loadConfig(
  env.NEO4J_URI
    ? env
    : {
        ...env,
        NEO4J_INSTANCE: env.BENCH_INSTANCE ?? 'bench',
        NEO4J_BOLT_PORT: env.BENCH_BOLT_PORT ?? '7720',
        NEO4J_HTTP_PORT: env.BENCH_HTTP_PORT ?? '7721',
        NEO4J_HEAP: env.NEO4J_HEAP ?? '3g',
        NEO4J_PAGECACHE: env.NEO4J_PAGECACHE ?? '2g',
      },
);
const loaders = new Set((env.BENCH_LOADERS ?? 'unwind,csv,admin').split(','));
const log = (line: string) => process.stderr.write(`${line}\n`);
const seconds = (ms: number) => (ms / 1000).toFixed(1);
const loadAverage = () => os.loadavg().map((l) => l.toFixed(1)).join(' ');
const perSecond = (n: number, ms: number) => Math.round(n / (ms / 1000)).toLocaleString('en');

/**
 * CPU time (ms) the local Neo4j process has used so far, in all and in its JIT compiler threads, read from /proc:
 * unlike wall time it does not grow when other programs share the cores. Undefined for a server at NEO4J_URI.
 */
function serverCpu(): { pid: string; total: number; jit: number } | undefined {
  const local = config.neo4j.local;
  if (!local || process.platform !== 'linux') return undefined;
  const { pidFile } = instancePaths(local);
  // The neo4j-admin path stops the server for a while: then there is no server to read.
  if (!fs.existsSync(pidFile)) return undefined;
  const pid = fs.readFileSync(pidFile, 'utf8').trim();
  if (!fs.existsSync(`/proc/${pid}`)) return undefined;
  // Fields 14 and 15 of /proc/<pid>/stat (after the parenthesised name) are user and system time in clock ticks of 10 ms.
  const ticks = (stat: string) => {
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) * 10;
  };
  let jit = 0;
  for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8');
    } catch {
      continue; // the thread ended since the listing
    }
    if (/\((C1|C2) CompilerThre/.test(stat)) jit += ticks(stat);
  }
  return { pid, total: ticks(fs.readFileSync(`/proc/${pid}/stat`, 'utf8')), jit };
}

const cpuSince = (from: ReturnType<typeof serverCpu>) => {
  const now = serverCpu();
  // A restarted server (the neo4j-admin path) is another process: its CPU does not continue the first one's.
  return from && now && from.pid === now.pid ? `, Neo4j CPU ${seconds(now.total - from.total)} s (JIT compiler ${seconds(now.jit - from.jit)} s)` : '';
};

/** Logs how long each phase of the load stage took and the server CPU it used, so a slow phase shows. */
function phaseTimer(): { progress: (p: LoadProgress) => void; end: () => void } {
  let phase = 'preparation';
  let since = performance.now();
  let cpu = serverCpu();
  const end = () => log(`bench: importer ${phase} done in ${seconds(performance.now() - since)} s${cpuSince(cpu)}`);
  return {
    progress: (p) => {
      if (p.phase === phase) return;
      end();
      phase = p.phase;
      since = performance.now();
      cpu = serverCpu();
    },
    end,
  };
}

/**
 * An empty database for each loader. The bench's own instance is restarted on a fresh store (deleting 1.5 million
 * relationships takes longer than loading them); a server at NEO4J_URI is wiped.
 */
async function emptyGraph(db: Database): Promise<void> {
  const local = config.neo4j.local;
  if (local) {
    await stop(config.neo4j, log);
    const { data } = instancePaths(local);
    for (const dir of ['databases', 'transactions']) fs.rmSync(path.join(data, dir, config.neo4j.database), { recursive: true, force: true });
    await start(config.neo4j, log);
    await applySchema(db);
  } else await wipeImportedGraph(db);
  if (!(await graphIsEmpty(db))) throw new Error('bench: the graph is not empty');
}

async function main(): Promise<void> {
  if (config.neo4j.local) await start(config.neo4j, log);
  const db = new Database(config.neo4j);
  try {
    await applySchema(db);
    let t = performance.now();
    const extraction = generateSyntheticExtraction({ ...size, seed: 42 });
    log(`bench: generated ${extraction.entities.length} entities, ${extraction.relations.length} relations, ${extraction.documents.length} documents in ${seconds(performance.now() - t)} s`);

    const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
    const graphRows = () => buildGraph(splitContributions(extraction).contributions, emptyCuration(), new Date().toISOString());
    const importDir = env.BENCH_IMPORT_DIR ?? (config.neo4j.local ? instancePaths(config.neo4j.local).import : undefined);
    const run: Record<string, () => Promise<void>> = {
      'importer, UNWIND path': async () => {
        const phases = phaseTimer();
        await loadExtraction(db, extraction, { curation: emptyCuration(), folders: [], batchSize: config.importer.batchSize, loadPath: 'unwind', onProgress: phases.progress });
        phases.end();
      },
      'LOAD CSV': async () => {
        if (!importDir) throw new Error('bench: set BENCH_IMPORT_DIR to the import folder of the server at NEO4J_URI');
        const files = writeCsvFiles(graphRows(), path.join(importDir, 'bench'));
        await loadCsvFiles(db, files, config.importer.batchSize);
        fs.rmSync(path.join(importDir, 'bench'), { recursive: true, force: true });
      },
      'importer, neo4j-admin path': async () => {
        const phases = phaseTimer();
        await loadExtraction(db, extraction, { curation: emptyCuration(), folders: [], batchSize: config.importer.batchSize, loadPath: 'admin', onProgress: phases.progress });
        phases.end();
      },
    };
    const chosen = Object.entries(run).filter(([name]) => loaders.has(name === 'LOAD CSV' ? 'csv' : name.includes('admin') ? 'admin' : 'unwind'));
    if (!config.neo4j.local && loaders.has('admin')) log('bench: NEO4J_URI is set, so the neo4j-admin path is not measured (it needs the local server)');
    const times = new Map<string, number>();
    let reference: { counts: string; dump?: string } | undefined;
    let shape = { nodes: 0, relationships: 0, typed: 0, coMentions: 0, mentions: 0 };
    for (const [name, load] of chosen) {
      if (name.includes('admin') && !config.neo4j.local) continue;
      await emptyGraph(db);
      const cpu = serverCpu();
      t = performance.now();
      await load();
      const ms = performance.now() - t;
      times.set(name, ms);
      log(`bench: ${name} done in ${seconds(ms)} s${cpuSince(cpu)} (load average ${loadAverage()})`);
      const counts = await countGraph(db);
      // On small runs the whole graph is compared, so every loader provably loads the same rows.
      const dump = size.relations <= 50_000 ? await dumpGraph(db) : undefined;
      if (!reference) {
        reference = { counts: JSON.stringify(counts), dump };
        const mentions = (await db.rows<{ n: number }>('MATCH ()-[r:MENTIONS]->() RETURN count(r) AS n'))[0]!.n;
        shape = { nodes: counts.documents + sum(counts.entities), relationships: sum(counts.relations) + counts.coMentions + mentions, typed: sum(counts.relations), coMentions: counts.coMentions, mentions };
      } else {
        if (JSON.stringify(counts) !== reference.counts) throw new Error(`bench: ${name} loaded a different graph: ${JSON.stringify(counts)} vs ${reference.counts}`);
        if (dump !== reference.dump) throw new Error(`bench: ${name} loaded different properties than ${chosen[0]![0]}`);
      }
    }

    const rows = shape.nodes + shape.relationships;
    const n = (x: number) => x.toLocaleString('en');
    console.log(`load benchmark: ${n(shape.nodes)} nodes, ${n(shape.relationships)} relationships (${n(shape.typed)} typed, ${n(shape.coMentions)} co-mentions, ${n(shape.mentions)} mentions); batch ${config.importer.batchSize}; load average ${loadAverage()}`);
    console.log('| loader | seconds | rows/s | relationships/s |');
    console.log('| --- | ---: | ---: | ---: |');
    for (const [name, ms] of times) console.log(`| ${name} | ${seconds(ms)} | ${perSecond(rows, ms)} | ${perSecond(shape.relationships, ms)} |`);
    const csvMs = times.get('LOAD CSV');
    for (const [name, ms] of times) if (csvMs !== undefined && name !== 'LOAD CSV') console.log(`${name} / LOAD CSV speed ratio: ${(csvMs / ms).toFixed(2)}`);
  } finally {
    await db.close();
    // Its heap and page cache are the bench's size, not a user's: it is not left running.
    if (config.neo4j.local) await stop(config.neo4j, log);
  }
}

main().catch((error: unknown) => {
  console.error(`bench:load failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
