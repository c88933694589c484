/**
 * Extraction on every core: files go to a pool of worker threads (piscina), each of which loads the knowledge once;
 * results come back in the order of the files, whatever order the threads finish in, so the extraction is the same
 * as a single-core run's.
 */
import os from 'node:os';
import { Piscina } from 'piscina';
import type { FileExtraction } from '../extractFile.js';
import type { ExtractionTask } from './extractionWorker.js';

const ENTRY = new URL('./extractionWorkerEntry.mjs', import.meta.url).href;

/** The machine's cores, the default of --workers. */
export const defaultWorkers = (): number => os.availableParallelism();

export interface PoolRun {
  /** One result per file, in the files' order. */
  results: Promise<FileExtraction[]>;
  /** Ends the threads (after the results, or when the caller gives up). */
  close: () => Promise<void>;
}

export function extractInWorkers(
  files: string[],
  task: Omit<ExtractionTask, 'file'>,
  workers: number,
  onDone?: (done: number, file: string) => void,
): PoolRun {
  const pool = new Piscina<ExtractionTask, FileExtraction>({ filename: ENTRY, minThreads: workers, maxThreads: workers, idleTimeout: 60_000 });
  let done = 0;
  const results = Promise.all(
    files.map((file) =>
      pool.run({ ...task, file }).then((r) => {
        onDone?.(++done, file);
        return r;
      }),
    ),
  );
  // The caller may stop before awaiting (a broken lexicon); destroying the pool then rejects what is still queued.
  results.catch(() => undefined);
  return { results, close: () => pool.destroy() };
}
