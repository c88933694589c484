/**
 * npm run bench:corpus [-- --documents 10000] [-- --keep]: a seeded synthetic corpus (corpusDocuments.ts) extracted
 * on one worker and on two (same JSON, checked), and by one single-lane process alone and two at once (what two
 * cores give two independent processes here: the ceiling of two lanes in one); imported end to end into an empty
 * local Neo4j with one worker and with two, then 10 documents changed and 5 added and imported again (unchanged
 * files' extractions from the cache the first import filled); finally the first extraction loaded into an empty
 * database through the UNWIND path, the neo4j-admin path and LOAD CSV, for their ratios on the same rows.
 * Prints per stage wall and CPU time (importer and Neo4j), words/s, rows/s and peak RSS (VmHWM) of both processes.
 * The end-to-end imports run as a user's do, in a process of their own (importOnce.ts), whose CPU and peak are the
 * importer's. The single-lane extraction processes give their wall time only (CPU and peaks there are this
 * process's). Uses the local instance named by NEO4J_INSTANCE (default "corpus", ports 7730/7731). Asserts nothing.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, PROJECT_ROOT } from '../../src/config.js';
import { Database } from '../../src/db/database.js';
import { instancePaths } from '../../src/db/local/neo4jHome.js';
import { start, stop } from '../../src/db/local/localServer.js';
import { countGraph, countMentions, readDocumentStates } from '../../src/db/queries/importedGraph.js';
import { graphIsEmpty } from '../../src/db/queries/loadGraph.js';
import { applySchema } from '../../src/db/schema.js';
import type { Extraction } from '../../src/model/index.js';
import { emptyCuration } from '../../importer/curate/curation.js';
import { limitHeapGrowth } from '../../importer/cli/importHeap.js';
import { extractCorpus } from '../../importer/extractCorpus.js';
import { importCorpus } from '../../importer/importCorpus.js';
import { buildGraph } from '../../importer/load/buildGraph.js';
import { splitContributions } from '../../importer/load/contributions.js';
import { SyntheticCorpus } from './corpusDocuments.js';
import { loadCsvFiles, writeCsvFiles } from './csvRows.js';
import { cpuMs, peakRss, resetPeakRss } from './processStats.js';

const { values } = parseArgs({ options: { documents: { type: 'string', default: '10000' }, keep: { type: 'boolean', default: false } } });
const documents = Number(values.documents);
if (!Number.isInteger(documents) || documents < 20) throw new Error(`bench: --documents must be a whole number from 20, not "${values.documents}"`);
const env = {
  ...process.env,
  NEO4J_INSTANCE: process.env.NEO4J_INSTANCE ?? 'corpus',
  NEO4J_BOLT_PORT: process.env.NEO4J_BOLT_PORT ?? '7730',
  NEO4J_HTTP_PORT: process.env.NEO4J_HTTP_PORT ?? '7731',
  NEO4J_HEAP: process.env.NEO4J_HEAP ?? '2g',
  NEO4J_PAGECACHE: process.env.NEO4J_PAGECACHE ?? '1g',
};
const config = loadConfig(env);
const local = config.neo4j.local;
if (!local) throw new Error('bench:corpus measures the project\'s own local Neo4j (its memory and CPU); unset NEO4J_URI');
const log = (line: string) => process.stderr.write(`${line}\n`);
const neo4jPid = () => Number(fs.readFileSync(instancePaths(local).pidFile, 'utf8').trim());
const mb = (bytes: number | undefined) => (bytes === undefined ? '' : `${Math.round(bytes / 1024 / 1024).toLocaleString('en')} MB`);
const fmt = (n: number) => Math.round(n).toLocaleString('en');

interface Measured {
  stage: string;
  wallMs: number;
  /** Unknown (blank) for work done in a process this one does not measure. */
  cpuMs?: number;
  neo4jCpuMs?: number;
  words?: number;
  rows?: number;
  rss?: number;
  neo4jRss?: number;
  restarted?: boolean;
}
const table: Measured[] = [];

interface Snapshot { t: number; cpu: number; pid: number; neo: number }
const snapshot = (): Snapshot => {
  const pid = neo4jPid();
  return { t: performance.now(), cpu: cpuMs('self') ?? 0, pid, neo: cpuMs(pid) ?? 0 };
};
/** The admin load path restarts Neo4j: then only the new server process's CPU is known (the old one's last seconds are lost). */
const between = (stage: string, a: Snapshot, b: Snapshot): Measured => ({ stage, wallMs: b.t - a.t, cpuMs: b.cpu - a.cpu, neo4jCpuMs: b.neo - (b.pid === a.pid ? a.neo : 0), restarted: b.pid !== a.pid });

function record(m: Measured): void {
  table.push(m);
  log(`bench: ${m.stage}: ${(m.wallMs / 1000).toFixed(1)} s, importer peak ${mb(m.rss)}, Neo4j peak ${mb(m.neo4jRss)} (load average ${os.loadavg()[0]!.toFixed(1)})`);
}

/**
 * Runs one stage with fresh peaks, and records its wall and CPU time (all threads of this process, and Neo4j's).
 * `wallOnly`: the work ran in other processes, so this one's CPU and peaks say nothing about it.
 */
async function stage<T>(name: string, work: () => Promise<T>, counts: (result: T) => { words?: number; rows?: number } = () => ({}), { wallOnly = false } = {}): Promise<T> {
  resetPeakRss('self');
  resetPeakRss(neo4jPid());
  const from = snapshot();
  const result = await work();
  const to = snapshot();
  const measured = between(name, from, to);
  record(wallOnly ? { stage: name, wallMs: measured.wallMs, ...counts(result) } : { ...measured, rss: peakRss('self'), neo4jRss: peakRss(to.pid), ...counts(result) });
  return result;
}

/** Runs a script of this folder in a process of its own; resolves with its standard output (when kept) once it exits 0. */
function runScript(script: string, args: string[], { keepOutput = false, env: childEnv = process.env } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(PROJECT_ROOT, 'node_modules/.bin/tsx'), [path.join(PROJECT_ROOT, 'tests/bench', script), ...args], {
      env: childEnv,
      stdio: ['ignore', keepOutput ? 'pipe' : 'ignore', 'inherit'],
    });
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`bench: ${script} exited with ${code}`))));
  });
}

interface ImportReport {
  wallMs: number;
  cpuMs: number;
  extract: { wallMs: number; cpuMs: number };
  peakRss?: number;
  mode: string;
  loadPath?: { path: string; reason: string };
  documents: Record<'new' | 'changed' | 'refreshed' | 'unchanged', number>;
  diagnostics: number;
}

/**
 * An import in a process of its own (importOnce.ts), as a user runs one; the stage's CPU and peak are that process's,
 * Neo4j's are measured here.
 */
async function importStage(name: string, folder: string, workers: number, cacheDir: string, words: number): Promise<ImportReport> {
  resetPeakRss(neo4jPid());
  const from = snapshot();
  const report = JSON.parse(await runScript('importOnce.ts', [folder, String(workers), cacheDir], { keepOutput: true, env })) as ImportReport;
  const to = snapshot();
  record({ ...between(name, from, to), cpuMs: report.cpuMs, rss: report.peakRss, neo4jRss: peakRss(to.pid), words });
  return report;
}

/** A fresh store: restarting on empty files is faster than deleting a large graph. */
async function emptyDatabase(db: Database): Promise<void> {
  await stop(config.neo4j, log);
  const { data } = instancePaths(local!);
  for (const dir of ['databases', 'transactions']) fs.rmSync(path.join(data, dir, config.neo4j.database), { recursive: true, force: true });
  await start(config.neo4j, log);
  await applySchema(db);
  if (!(await graphIsEmpty(db))) throw new Error('bench: the graph is not empty');
}

async function graphRows(db: Database): Promise<number> {
  const c = await countGraph(db);
  const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
  return c.documents + sum(c.entities) + sum(c.relations) + c.coMentions + (await countMentions(db));
}

function writeCorpus(folder: string): { words: number; corpus: SyntheticCorpus } {
  const corpus = new SyntheticCorpus({ documents, seed: 7 });
  let words = 0;
  for (let i = 0; i < documents; i++) {
    const doc = corpus.document(i);
    SyntheticCorpus.write(folder, doc);
    words += doc.words;
  }
  return { words, corpus };
}

/** 10 documents rewritten (other paragraphs) and 5 new ones; returns the words written. */
function changeCorpus(folder: string, corpus: SyntheticCorpus): { words: number; changed: string[]; added: string[] } {
  const step = Math.floor(documents / 10);
  const changed = Array.from({ length: 10 }, (_, k) => corpus.document(k * step + 3, 1));
  const added = Array.from({ length: 5 }, (_, k) => corpus.document(documents + k));
  for (const doc of [...changed, ...added]) SyntheticCorpus.write(folder, doc);
  return { words: [...changed, ...added].reduce((n, d) => n + d.words, 0), changed: changed.map((d) => d.name), added: added.map((d) => d.name) };
}

/** `count` one-worker extractions of the folder, each in its own process, all at once; resolves when all have ended. */
async function separateProcesses(folder: string, count: number): Promise<void> {
  await Promise.all(Array.from({ length: count }, () => runScript('extractOnce.ts', [folder])));
}

const hash = (json: string) => createHash('sha256').update(json).digest('hex').slice(0, 16);

async function main(): Promise<void> {
  // The in-process stages run with the import command's heap settings too.
  limitHeapGrowth();
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-corpus-'));
  const saved = `${folder}.json`;
  // Each first import fills an empty extraction cache (as a user's first import does); the re-import reads it.
  const cacheDir = `${folder}.cache`;
  await start(config.neo4j, log);
  const db = new Database(config.neo4j);
  try {
    const { words, corpus } = await stage('write corpus', async () => writeCorpus(folder), (r) => ({ words: r.words }));
    log(`bench: ${fmt(documents)} documents, ${fmt(words)} words in ${folder}`);
    const extract = (workers: number) => extractCorpus([folder], { curated: false, workers });
    // The first extraction waits on disk for the LOAD CSV stage, so it does not count in the memory of the others.
    const oneHash = await stage('extract, 1 worker', async () => {
      const json = JSON.stringify(await extract(1));
      fs.writeFileSync(saved, json);
      return hash(json);
    }, () => ({ words }));
    const two = await stage('extract, 2 workers', async () => hash(JSON.stringify(await extract(2))), () => ({ words }));
    if (two !== oneHash) throw new Error(`bench: 2 workers gave another extraction than 1 (${two} vs ${oneHash})`);
    log(`bench: same JSON on 1 and 2 workers (${oneHash})`);

    await stage('extract, one 1-worker process alone', () => separateProcesses(folder, 1), () => ({ words }), { wallOnly: true });
    await stage('extract, two 1-worker processes at once (each the whole corpus)', () => separateProcesses(folder, 2), () => ({ words: 2 * words }), { wallOnly: true });

    for (const workers of [1, 2]) {
      await emptyDatabase(db);
      fs.rmSync(cacheDir, { recursive: true, force: true });
      const name = `import end to end, ${workers} worker${workers > 1 ? 's' : ''} (empty database, load path of its choice)`;
      const imported = await importStage(name, folder, workers, cacheDir, words);
      const rows = await graphRows(db);
      const whole = table[table.length - 1]!;
      whole.rows = rows;
      table.push({ stage: '… of which read, segment, extract', ...imported.extract, words });
      table.push({ stage: `… of which resolve, prepare, load (${imported.loadPath?.path ?? 'UNWIND'})`, wallMs: imported.wallMs - imported.extract.wallMs, cpuMs: imported.cpuMs - imported.extract.cpuMs, rows });
      log(`bench: import mode ${imported.mode}, load path ${imported.loadPath?.path} (${imported.loadPath?.reason}), ${fmt(rows)} rows (nodes and relationships), ${imported.diagnostics} diagnostics`);
    }
    const rows = await graphRows(db);

    const change = changeCorpus(folder, corpus);
    const again = await importStage('re-import: 10 changed, 5 new', folder, 2, cacheDir, words + change.words);
    const states = await readDocumentStates(db);
    const latest = states.reduce((m, s) => (s.importedAt > m ? s.importedAt : m), '');
    const written = states.filter((s) => s.importedAt === latest).map((s) => s.id).sort();
    const d = again.documents;
    log(`bench: re-import (${again.mode}): ${d.new} new, ${d.changed} changed, ${d.refreshed} refreshed, ${d.unchanged} unchanged; ${written.length} documents written: ${written.join(', ')}`);
    const expected = [...change.changed, ...change.added].sort();
    log(`bench: the documents written are ${JSON.stringify(written) === JSON.stringify(expected) ? 'exactly the 15 changed and new ones' : `NOT the 15 changed and new ones (${expected.join(', ')})`}`);

    const first = JSON.parse(fs.readFileSync(saved, 'utf8')) as Extraction;
    log(`bench: ${fmt(first.entities.length)} entities, ${fmt(first.relations.length)} relations, ${fmt(first.coMentions.length)} co-mentions`);
    for (const loadPath of ['unwind', 'admin'] as const) {
      await emptyDatabase(db);
      await stage(`load path ${loadPath} of the first extraction (empty database)`, () => importCorpus(db, { extraction: first, curated: false, loadPath }), () => ({ rows }));
    }
    const importDir = instancePaths(local!).import;
    await emptyDatabase(db);
    // With the same preparation as the two paths above (contributions, graph rows, files), so the ratios compare loads.
    await stage('LOAD CSV of the first extraction (empty database, CSV files written in the stage)', async () => {
      const graph = buildGraph(splitContributions(first).contributions, emptyCuration(), new Date().toISOString());
      await loadCsvFiles(db, writeCsvFiles(graph, path.join(importDir, 'bench-corpus')), config.importer.batchSize);
    }, () => ({ rows }));
    fs.rmSync(path.join(importDir, 'bench-corpus'), { recursive: true, force: true });
  } finally {
    await db.close();
    await stop(config.neo4j, log);
    fs.rmSync(saved, { force: true });
    fs.rmSync(cacheDir, { recursive: true, force: true });
    if (values.keep) log(`bench: corpus kept in ${folder}`);
    else fs.rmSync(folder, { recursive: true, force: true });
  }
  print();
}

function print(): void {
  const s = (ms: number) => (ms / 1000).toFixed(1);
  const opt = (ms: number | undefined) => (ms === undefined ? '' : s(ms));
  console.log(`bench:corpus, ${fmt(documents)} documents (node ${process.version}, ${os.availableParallelism()} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')})`);
  console.log('| stage | wall s | importer CPU s | Neo4j CPU s | words/s | rows/s | importer peak RSS | Neo4j peak RSS |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const m of table) {
    const perS = (n?: number) => (n === undefined ? '' : fmt(n / (m.wallMs / 1000)));
    console.log(`| ${m.stage} | ${s(m.wallMs)} | ${opt(m.cpuMs)} | ${opt(m.neo4jCpuMs)} | ${perS(m.words)} | ${perS(m.rows)} | ${mb(m.rss)} | ${mb(m.neo4jRss)} |`);
  }
  const wall = (prefix: string) => table.find((m) => m.stage.startsWith(prefix))!.wallMs;
  const [alone, pair] = [wall('extract, one'), wall('extract, two')];
  console.log(`extraction, 2 workers vs 1: ${(wall('extract, 1') / wall('extract, 2')).toFixed(2)}× faster; two 1-worker processes at once do twice the work ${((2 * alone) / pair).toFixed(2)}× as fast as one alone (the ceiling of 2 lanes on this machine)`);
  console.log(`whole import, 2 workers vs 1: ${(wall('import end to end, 1') / wall('import end to end, 2')).toFixed(2)}× faster`);
  const [unwind, admin, csv] = [wall('load path unwind'), wall('load path admin'), wall('LOAD CSV')];
  console.log(`same rows: admin path ${(unwind / admin).toFixed(2)}× the speed of UNWIND and ${(csv / admin).toFixed(2)}× that of LOAD CSV; UNWIND ${(csv / unwind).toFixed(2)}× LOAD CSV`);
  if (table.some((m) => m.restarted)) console.log('Neo4j CPU of a stage that restarted the server (admin path) counts the new process only');
  const imports = table.filter((m) => m.stage.startsWith('import end to end') || m.stage.startsWith('re-import'));
  console.log(`importer peak RSS (the imports, each in a process of its own): ${mb(Math.max(...imports.map((m) => m.rss ?? 0)))}`);
}

main().catch((error: unknown) => {
  console.error(`bench:corpus failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
