/** Runs read → segment → extract → resolve over files and folders, collecting every diagnostic; no Neo4j. */
import fs from 'node:fs';
import { loadConfig } from '../src/config.js';
import type { Diagnostic, Extraction } from '../src/model/index.js';
import { extractFile, type FileExtraction } from './extractFile.js';
import { listDocumentFiles, loadKnowledge, resolveExtractions } from './pipeline.js';
import type { Knowledge } from './pipeline.js';
import { defaultWorkers, extractInWorkers } from './workers/extractionPool.js';

/**
 * Below this much input, threads cannot win: each spends about 2 s of CPU loading the knowledge before its first
 * document, while one core extracts about 100,000 words (some 700 KB) a second.
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
  /** Threads that read, segment and extract (resolve stays on this one); default the machine's cores. 1: in-process. */
  workers?: number;
  /** Input smaller than this (bytes of the files) is extracted in-process whatever `workers` says; default WORKERS_FROM_BYTES. */
  workersFromBytes?: number;
  /** Called after each file, for a progress bar. */
  onProgress?: (done: number, total: number, file: string) => void;
}

const totalBytes = (files: string[]) => files.reduce((sum, f) => sum + (fs.statSync(f, { throwIfNoEntry: false })?.size ?? 0), 0);

/** How many threads to use: none for one worker or a small input, whose knowledge loading would cost more than it saves. */
export function workersFor(files: string[], options: Pick<ExtractCorpusOptions, 'knowledge' | 'workers' | 'workersFromBytes'>): number {
  const workers = options.workers ?? (options.knowledge ? 1 : defaultWorkers());
  if (!Number.isInteger(workers) || workers < 1) throw new Error(`workers must be a whole number from 1, not ${workers}`);
  if (workers === 1 || files.length < 2) return 1;
  return totalBytes(files) < (options.workersFromBytes ?? WORKERS_FROM_BYTES) ? 1 : Math.min(workers, files.length);
}

async function extractInProcess(files: string[], knowledge: Knowledge, budgetMs: number, options: ExtractCorpusOptions): Promise<FileExtraction[]> {
  const results: FileExtraction[] = [];
  for (const [i, file] of files.entries()) {
    results.push(await extractFile(file, knowledge, budgetMs));
    options.onProgress?.(i + 1, files.length, file);
  }
  return results;
}

async function extractParallel(files: string[], workers: number, budgetMs: number, options: ExtractCorpusOptions): Promise<{ knowledge: Knowledge; results: FileExtraction[] }> {
  const run = extractInWorkers(files, { curated: options.curated, root: options.root, budgetMs }, workers, (done, file) => options.onProgress?.(done, files.length, file));
  try {
    // Loaded here while the threads load their own: resolve needs it, and a broken lexicon fails here first.
    const knowledge = options.knowledge ?? loadKnowledge({ curated: options.curated, root: options.root });
    return { knowledge, results: await run.results };
  } finally {
    await run.close();
  }
}

export async function extractCorpus(paths: string[], options: ExtractCorpusOptions): Promise<Extraction> {
  const budgetMs = options.documentBudgetMs ?? loadConfig().importer.documentBudgetMs;
  const listed = listDocumentFiles(paths);
  const workers = workersFor(listed.files, options);
  let knowledge: Knowledge;
  let results: FileExtraction[];
  if (workers > 1) ({ knowledge, results } = await extractParallel(listed.files, workers, budgetMs, options));
  else {
    knowledge = options.knowledge ?? loadKnowledge({ curated: options.curated, root: options.root });
    results = await extractInProcess(listed.files, knowledge, budgetMs, options);
  }
  const diagnostics: Diagnostic[] = [...listed.diagnostics, ...results.flatMap((r) => r.diagnostics)];
  const extracted = results.flatMap((r) => (r.extracted ? [r.extracted] : []));
  return { ...resolveExtractions(extracted, knowledge), diagnostics };
}
