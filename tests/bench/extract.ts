/**
 * `npm run bench:extract`: words per second of the extraction pipeline (read → segment → extract → resolve) on one
 * core, over a corpus of at least 5 million words made from the sample documents (paragraphs reshuffled per copy,
 * so no two files are alike); then the adversarial documents of adversarial.ts, each alone. Prints the figures and
 * the time per stage; asserts nothing. `--section corpus` or `--section adversarial` runs one of the two,
 * `--document <name>` (repeatable) only those adversarial documents.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../../src/config.js';
import { extractDocument, listDocumentFiles, loadKnowledge, readDocument, resolveExtractions, segmentDocument } from '../../importer/pipeline.js';
import type { DocumentExtraction } from '../../importer/pipeline.js';
import { benchAdversarial } from './adversarial.js';

const { values } = parseArgs({
  options: {
    words: { type: 'string', default: '5000000' },
    keep: { type: 'boolean', default: false },
    section: { type: 'string', default: 'all' },
    document: { type: 'string', multiple: true, default: [] },
  },
});
if (!['all', 'corpus', 'adversarial'].includes(values.section)) throw new Error(`bench: --section must be all, corpus or adversarial, not "${values.section}"`);
const targetWords = Number(values.words);
const samples = path.join(PROJECT_ROOT, 'graph-data/documents');

/** Small seeded generator (mulberry32), so every run builds the same corpus. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function buildCorpus(folder: string): { files: number; words: number; bytes: number } {
  const sources = fs.readdirSync(samples).filter((f) => f.endsWith('.txt'));
  const texts = sources.map((f) => fs.readFileSync(path.join(samples, f), 'utf8'));
  const metas = sources.map((f) => fs.readFileSync(path.join(samples, f.replace(/\.txt$/, '.meta.yaml')), 'utf8'));
  const next = random(42);
  let words = 0;
  let bytes = 0;
  let files = 0;
  while (words < targetWords) {
    const i = files % texts.length;
    const [title, ...paragraphs] = texts[i]!.split('\n\n');
    paragraphs.sort(() => next() - 0.5);
    const text = [title, ...paragraphs].join('\n\n');
    const name = `bench_${String(files).padStart(6, '0')}_${sources[i]!.slice(0, 3)}`;
    fs.writeFileSync(path.join(folder, `${name}.txt`), text);
    fs.writeFileSync(path.join(folder, `${name}.meta.yaml`), metas[i]!);
    words += text.split(/\s+/).filter(Boolean).length;
    bytes += Buffer.byteLength(text);
    files++;
  }
  return { files, words, bytes };
}

async function benchCorpus(): Promise<void> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-extract-'));
  try {
    const corpus = buildCorpus(folder);
    const stages = { read: 0, segment: 0, extract: 0, resolve: 0 };
    const time = <T>(stage: keyof typeof stages, work: () => T): T => {
      const t = performance.now();
      const result = work();
      stages[stage] += performance.now() - t;
      return result;
    };
    // Same stages, in the same order, as importer/extractCorpus.ts, timed one by one.
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const knowledge = loadKnowledge({ curated: true });
    const extracted: DocumentExtraction[] = [];
    let sentences = 0;
    for (const file of listDocumentFiles([folder]).files) {
      const t = performance.now();
      const read = await readDocument(file);
      stages.read += performance.now() - t;
      if (read.fatal) throw new Error(`bench: ${file}: ${read.diagnostics[0]?.message}`);
      const segmented = time('segment', () => segmentDocument(read));
      sentences += segmented.sentences.length;
      extracted.push(time('extract', () => extractDocument(segmented, knowledge)));
    }
    const result = time('resolve', () => resolveExtractions(extracted, knowledge));
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuStarted);
    // On a shared machine the wall clock counts time spent waiting for a core; CPU time does not (it does count GC).
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;

    const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
    console.log(`bench:extract on one core (node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'}, load average ${os.loadavg()[0]!.toFixed(2)})`);
    console.log(`corpus: ${fmt(corpus.files)} files, ${fmt(corpus.words)} words, ${(corpus.bytes / 1024 / 1024).toFixed(1)} MB, ${fmt(sentences)} sentences`);
    console.log(`result: ${fmt(result.entities.length)} entities, ${fmt(result.relations.length)} relations, ${fmt(result.coMentions.length)} co-mentions`);
    console.log(`total time: ${seconds.toFixed(2)} s`);
    console.log(`words/second: ${fmt(corpus.words / seconds)}`);
    console.log(`cpu time: ${cpuSeconds.toFixed(2)} s, ${fmt(corpus.words / cpuSeconds)} words per cpu second`);
    console.log(`documents/second: ${fmt(corpus.files / seconds)}`);
    for (const [stage, ms] of Object.entries(stages)) {
      console.log(`  ${stage.padEnd(8)} ${(ms / 1000).toFixed(2).padStart(7)} s  ${fmt(corpus.words / (ms / 1000)).padStart(12)} words/s alone`);
    }
    console.log(`peak heap: ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0)} MB in use at the end`);
  } finally {
    if (values.keep) console.log(`corpus kept in ${folder}`);
    else fs.rmSync(folder, { recursive: true, force: true });
  }
}

if (values.section !== 'adversarial') await benchCorpus();
if (values.section !== 'corpus') benchAdversarial(values.document);
