/** Runs read → segment → extract → resolve over files and folders, collecting every diagnostic; no Neo4j. */
import fs from 'node:fs';
import { loadConfig } from '../src/config.js';
import type { Diagnostic, Extraction } from '../src/model/index.js';
import { ExtractionCache } from './cache/extractionCache.js';
import { listDocumentFiles, loadKnowledge, resolveExtractions } from './pipeline.js';
import type { Knowledge } from './pipeline.js';
import { defaultWorkers, extractInParallel } from './workers/extractionPool.js';

/**
 * Below this much input, threads cannot win: each spends about a second of CPU loading its modules and the knowledge
 * before its first document, while one core extracts about 100,000 words (some 700 KB) a second.
 */
export const WORKERS_FROM_BYTES = 2 * 1024 * 1024;

export interface ExtractCorpusOptions {
  curated: boolean;
  /** Already loaded knowledge (the evaluator extracts document by document with one); then in-process unless `workers` is set. */
  knowledge?: Knowledge;
  /** Where graph-data/ lives, when not in this project (tests). */
  root?: string;
  /** Time one document may spend in segment and extract (Infinity: no limit); default IMPORT_DOCUMENT_BUDGET_MS. */
  documentBudgetMs?: number;
  /** Lanes that read, segment and extract: this thread and workers − 1 worker threads (resolve stays on this one); default the machine's cores. */
  workers?: number;
  /** Input smaller than this (bytes of the files) is extracted in-process whatever `workers` says; default WORKERS_FROM_BYTES. */
  workersFromBytes?: number;
  /** Where extractions of unchanged files are kept between runs (ExtractionCache); none by default. */
  cacheDir?: string;
  /** Called as files are done (after each run of them, see runLength), for a progress bar. */
  onProgress?: (done: number, total: number, file: string) => void;
}

const totalBytes = (files: string[]) => files.reduce((sum, f) => sum + (fs.statSync(f, { throwIfNoEntry: false })?.size ?? 0), 0);

/** How many lanes to use: this thread alone for one worker or a small input, where starting threads would cost more than it saves. */
export function workersFor(files: string[], options: Pick<ExtractCorpusOptions, 'knowledge' | 'workers' | 'workersFromBytes'>): number {
  const workers = options.workers ?? (options.knowledge ? 1 : defaultWorkers());
  if (!Number.isInteger(workers) || workers < 1) throw new Error(`workers must be a whole number from 1, not ${workers}`);
  if (workers === 1 || files.length < 2) return 1;
  return totalBytes(files) < (options.workersFromBytes ?? WORKERS_FROM_BYTES) ? 1 : Math.min(workers, files.length);
}

export async function extractCorpus(paths: string[], options: ExtractCorpusOptions): Promise<Extraction> {
  const budgetMs = options.documentBudgetMs ?? loadConfig().importer.documentBudgetMs;
  const listed = listDocumentFiles(paths);
  const cache = options.cacheDir ? ExtractionCache.open(options.cacheDir, { curated: options.curated, root: options.root }) : undefined;
  const keys = listed.files.map((f) => cache?.keyOf(f));
  const found = keys.map((k) => cache?.get(k));
  const missing = listed.files.filter((_, i) => !found[i]);
  const hits = listed.files.length - missing.length;
  if (hits > 0) options.onProgress?.(hits, listed.files.length, listed.files[0]!);
  const { knowledge, results: fresh } = await extractInParallel({
    files: missing,
    task: { curated: options.curated, root: options.root, budgetMs },
    lanes: workersFor(missing, options),
    // A broken lexicon fails here, on this thread, before any document.
    knowledge: () => options.knowledge ?? loadKnowledge({ curated: options.curated, root: options.root }),
    onDone: (done, file) => options.onProgress?.(hits + done, listed.files.length, file),
  });
  let next = 0;
  const results = found.map((hit, i) => {
    if (hit) return hit;
    const extracted = fresh[next++]!;
    cache?.put(keys[i], extracted);
    return extracted;
  });
  const diagnostics: Diagnostic[] = [...listed.diagnostics, ...results.flatMap((r) => r.diagnostics)];
  const extracted = results.flatMap((r) => (r.extracted ? [r.extracted] : []));
  return { ...resolveExtractions(extracted, knowledge), diagnostics };
}
