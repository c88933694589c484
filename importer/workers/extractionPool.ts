/**
 * Extraction on every core. N workers are N lanes: this thread, which has the knowledge loaded anyway (resolve needs
 * it), and N − 1 worker threads (piscina), each of which loads its own once. Lanes take runs of consecutive files from
 * one queue; results are kept by run, so they come back in the order of the files whatever order the lanes finish in,
 * and the extraction is the same as a single-core run's.
 */
import os from 'node:os';
import { Piscina } from 'piscina';
import { extractFile, type FileExtraction } from '../extractFile.js';
import type { Knowledge } from '../pipeline.js';
import type { ExtractionTask } from './extractionWorker.js';

/** The module a worker thread runs (its default export is extractionWorker.ts's). */
export const EXTRACTION_WORKER = new URL('./extractionWorkerEntry.mjs', import.meta.url).href;

/**
 * A worker's young generation, in MB. Extraction allocates many short-lived objects; with the default (16 MB) two
 * threads of one process spent about an eighth of their time more in scavenges that run on the same two cores.
 */
const YOUNG_GENERATION_MB = 128;

/** The machine's cores, the default of --workers. */
export const defaultWorkers = (): number => os.availableParallelism();

/**
 * Files per run. One file per task left a thread idle for a round trip to this thread after every document (some
 * 0.5 ms, a tenth of a small document's work); runs amortise it, and enough runs per lane (16) let the lanes finish
 * together.
 */
export function runLength(files: number, lanes: number): number {
  return Math.max(1, Math.min(32, Math.floor(files / (lanes * 16))));
}

export interface ParallelExtraction {
  files: string[];
  task: Omit<ExtractionTask, 'files'>;
  /** Lanes in all, this thread included (1: this thread alone, no worker threads). */
  lanes: number;
  /** Loads this thread's knowledge; called once the worker threads are starting, so that their start-up overlaps it. */
  knowledge: () => Knowledge;
  /** After each run: files done so far, the run's last file, and the lane that ran it (0: this thread). */
  onDone?: (done: number, file: string, lane: number) => void;
}

/** One result per file, in the files' order, and the knowledge this thread used. */
export async function extractInParallel(run: ParallelExtraction): Promise<{ knowledge: Knowledge; results: FileExtraction[] }> {
  const threads = run.lanes - 1;
  const pool =
    threads > 0
      ? new Piscina<ExtractionTask, FileExtraction[]>({
          filename: EXTRACTION_WORKER,
          minThreads: threads,
          maxThreads: threads,
          idleTimeout: 60_000,
          resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
        })
      : undefined;
  try {
    const knowledge = run.knowledge();
    const length = runLength(run.files.length, run.lanes);
    const runs = Array.from({ length: Math.ceil(run.files.length / length) }, (_, i) => run.files.slice(i * length, (i + 1) * length));
    const results: FileExtraction[][] = new Array(runs.length);
    let next = 0;
    let done = 0;
    const finished = (i: number, lane: number) => {
      done += runs[i]!.length;
      run.onDone?.(done, runs[i]!.at(-1)!, lane);
    };
    const threadLane = async (_: unknown, lane: number) => {
      for (let i = next++; i < runs.length; i = next++) {
        results[i] = await pool!.run({ ...run.task, files: runs[i]! });
        finished(i, lane + 1);
      }
    };
    const thisLane = async () => {
      for (let i = next++; i < runs.length; i = next++) {
        const own: FileExtraction[] = [];
        for (const file of runs[i]!) {
          own.push(await extractFile(file, knowledge, run.task.budgetMs));
          // Reading is synchronous, so without this turn of the event loop the threads' finished runs would wait for
          // this lane to run out of work before they were handed their next one.
          if (pool) await new Promise(setImmediate);
        }
        results[i] = own;
        finished(i, 0);
      }
    };
    await Promise.all([thisLane(), ...Array.from({ length: threads }, threadLane)]);
    return { knowledge, results: results.flat() };
  } finally {
    await pool?.destroy();
  }
}
