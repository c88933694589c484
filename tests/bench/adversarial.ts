/**
 * The adversarial section of `npm run bench:extract`: each document of adversarialDocuments.ts through read →
 * segment → extract → resolve in a process of its own, so its peak memory is its own. Prints words/s and peak RSS
 * per document; asserts nothing (tests/unit checks what can be checked without a clock).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_ROOT } from '../../src/config.js';
import { extractDocument, listDocumentFiles, loadKnowledge, readDocument, resolveExtractions, segmentDocument } from '../../importer/pipeline.js';
import { adversarialDocuments, countWords } from './adversarialDocuments.js';

/** The issue's bar for every adversarial document. */
const MIN_WORDS_PER_SECOND = 50_000;
const MAX_PEAK_MB = 500;
/** A case still running after this is reported as a runaway, not waited for. */
const CASE_TIMEOUT_MS = 180_000;

interface CaseResult {
  name: string;
  claim: string;
  bytes: number;
  words: number;
  sentences: number;
  entities: number;
  seconds: number;
  cpuSeconds: number;
  stages: Record<string, number>;
  peakRssMb: number;
  heapMb: number;
  diagnostics: string[];
}

/** Runs one case in this process and returns its figures. */
async function runCase(name: string): Promise<CaseResult> {
  const doc = adversarialDocuments().find((d) => d.name === name);
  if (!doc) throw new Error(`bench: no adversarial document "${name}"`);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-adversarial-'));
  try {
    const file = path.join(folder, `${doc.name}${doc.ext}`);
    // The generated text is dropped once written: the reader reads the file, as the importer does.
    const bytes = ((text: string) => (fs.writeFileSync(file, text), Buffer.byteLength(text)))(doc.text);
    const knowledge = loadKnowledge({ curated: true });
    // One ordinary article first, so the figures are the document's and not the compiler's warming up.
    const sample = listDocumentFiles([path.join(PROJECT_ROOT, 'graph-data/documents')]).files[0]!;
    resolveExtractions([extractDocument(segmentDocument(await readDocument(sample)), knowledge)], knowledge);
    const stages: Record<string, number> = {};
    const time = async <T>(stage: string, work: () => T | Promise<T>): Promise<T> => {
      const t = performance.now();
      const result = await work();
      stages[stage] = (performance.now() - t) / 1000;
      return result;
    };
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const read = await time('read', () => readDocument(file));
    const segmented = read.fatal ? undefined : await time('segment', () => segmentDocument(read));
    const extracted = segmented && (await time('extract', () => extractDocument(segmented, knowledge)));
    const resolved = extracted && (await time('resolve', () => resolveExtractions([extracted], knowledge)));
    const cpu = process.cpuUsage(cpuStarted);
    const heapMb = process.memoryUsage().heapUsed / 1024 / 1024;
    return {
      name,
      claim: doc.claim,
      bytes,
      words: countWords(read.text),
      sentences: segmented?.sentences.length ?? 0,
      entities: resolved?.entities.length ?? 0,
      seconds: (performance.now() - started) / 1000,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      stages,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      heapMb,
      diagnostics: [...read.diagnostics, ...(segmented?.diagnostics ?? [])].map((d) => d.message),
    };
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

/** Runs every case (or those named) in child processes and prints one line each. */
export function benchAdversarial(only: string[] = []): void {
  const names = adversarialDocuments(0).map((d) => d.name).filter((n) => only.length === 0 || only.includes(n));
  // On a shared machine the wall clock counts waiting for a core, so the bar is judged on CPU time (GC included).
  console.log(`\nadversarial documents (each in its own process, load average ${os.loadavg()[0]!.toFixed(2)}; bar: ≥ ${fmt(MIN_WORDS_PER_SECOND)} words per cpu second, < ${MAX_PEAK_MB} MB peak RSS)`);
  console.log(`${'document'.padEnd(20)} ${'MB'.padStart(4)} ${'words'.padStart(9)} ${'sentences'.padStart(9)} ${'entities'.padStart(8)} ${'wall s'.padStart(7)} ${'cpu s'.padStart(6)} ${'words/cpu s'.padStart(11)} ${'MB/cpu s'.padStart(8)} ${'peak RSS'.padStart(9)}  slowest stage (wall)`);
  for (const name of names) {
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child-case', name], {
      encoding: 'utf8',
      timeout: CASE_TIMEOUT_MS,
      maxBuffer: 16 * 1024 * 1024,
    });
    const line = child.stdout?.split('\n').find((l) => l.startsWith('{'));
    if (!line) {
      const why = child.error ? `${(child.error as NodeJS.ErrnoException).code ?? child.error.message}` : `exit ${child.status}: ${child.stderr.trim().split('\n').at(-1)}`;
      console.log(`${name.padEnd(20)} FAILED (${why}${child.signal ? `, ${child.signal} after ${CASE_TIMEOUT_MS / 1000} s` : ''})`);
      continue;
    }
    const r = JSON.parse(line) as CaseResult;
    const rate = r.words / r.cpuSeconds;
    const [slowest, slowestSeconds] = Object.entries(r.stages).sort((a, b) => b[1] - a[1])[0] ?? ['-', 0];
    const below = rate < MIN_WORDS_PER_SECOND || r.peakRssMb >= MAX_PEAK_MB ? '  BELOW THE BAR' : '';
    console.log(
      `${r.name.padEnd(20)} ${(r.bytes / 1024 / 1024).toFixed(1).padStart(4)} ${fmt(r.words).padStart(9)} ${fmt(r.sentences).padStart(9)} ${fmt(r.entities).padStart(8)} ` +
        `${r.seconds.toFixed(2).padStart(7)} ${r.cpuSeconds.toFixed(2).padStart(6)} ${fmt(rate).padStart(11)} ${(r.bytes / 1024 / 1024 / r.cpuSeconds).toFixed(2).padStart(8)} ${`${fmt(r.peakRssMb)} MB`.padStart(9)}  ${slowest} ${slowestSeconds.toFixed(2)} s${below}`,
    );
    for (const d of new Set(r.diagnostics)) console.log(`${''.padEnd(22)}diagnostic: ${d}`);
  }
}

const caseIndex = process.argv.indexOf('--child-case');
if (caseIndex > 0) console.log(JSON.stringify(await runCase(process.argv[caseIndex + 1]!)));
