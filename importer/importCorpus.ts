/**
 * The whole import: extract the documents (read → segment → extract → resolve), apply the curated corrections, and
 * load the result into Neo4j. `npm run import` and `npm start` call this.
 */
import fs from 'node:fs';
import { dataDirs, loadConfig } from '../src/config.js';
import type { Database } from '../src/db/database.js';
import type { Extraction } from '../src/model/index.js';
import { countGraph } from '../src/db/queries/importedGraph.js';
import { forgetImportFingerprint, recordImportFingerprint } from '../src/db/queries/importFingerprint.js';
import { applySchema } from '../src/db/schema.js';
import { NO_CORRECTIONS } from './curate/correctionsSchema.js';
import { DEFAULT_CORRECTIONS_FILE, loadCorrections } from './curate/loadCorrections.js';
import { corpusFingerprint } from './fingerprint/corpusFingerprint.js';
import { corpusUnchanged, unchangedImport } from './fingerprint/unchangedCorpus.js';
import type { LoadProgress } from './load/bulkLoad.js';
import { summarise, type ImportSummary } from './load/importSummary.js';
import type { LoadPath } from './load/loadPath.js';

/** graph-data/documents, or CORPUS_DIR. */
export const DEFAULT_DOCUMENTS = dataDirs().corpusDir;

export interface ImportOptions {
  /** Files and folders to import; default graph-data/documents. */
  paths?: string[];
  /** false switches every curated file off (aliases and corrections). Default true. */
  curated?: boolean;
  /** Empty the graph first. */
  reset?: boolean;
  /** Rows per UNWIND batch; default IMPORT_BATCH_SIZE. */
  batchSize?: number;
  /** Pause after each batch or document; default IMPORT_BATCH_PAUSE_MS. */
  pauseMs?: number;
  correctionsFile?: string;
  /** An extraction made earlier (`npm run extract`): loaded instead of extracting `paths`; nothing counts as deleted. */
  extraction?: Extraction;
  /** Where each file's extraction is kept for the next import; default IMPORT_CACHE_DIR, null: none. */
  cacheDir?: string | null;
  /** Threads that extract; default the machine's cores (see extractCorpus). */
  workers?: number;
  /** How a first load is written (neo4j-admin or UNWIND); default chosen by size, UNWIND when NEO4J_URI is set. */
  loadPath?: LoadPath;
  /** Progress of extraction (phase "extract", one step per file) and of the load (rows or documents). */
  onProgress?: (p: LoadProgress) => void;
}

export async function importCorpus(db: Database, options: ImportOptions = {}): Promise<ImportSummary> {
  const started = performance.now();
  const config = loadConfig().importer;
  const paths = options.paths && options.paths.length > 0 ? options.paths : [DEFAULT_DOCUMENTS];
  const curated = options.curated ?? true;
  const correctionsFile = options.correctionsFile ?? DEFAULT_CORRECTIONS_FILE;
  // Fail before any work when Neo4j is unreachable or refuses us (a one-line DatabaseUnavailableError).
  await db.verify();
  // An unchanged corpus is recognised from file hashes before the schema, the knowledge and the dictionaries are touched.
  const fingerprint = options.extraction ? undefined : corpusFingerprint(paths, { curated, correctionsFile });
  if (fingerprint && !options.reset && (await corpusUnchanged(db, fingerprint))) return unchangedImport(db, fingerprint, () => performance.now() - started);
  // The stages' modules load only now: an unchanged corpus needs none of them (a second or more of start-up).
  const [{ applyCorrections }, { extractCorpus }, { loadExtraction }, { syncReviews }] = await Promise.all([
    import('./curate/applyCorrections.js'),
    import('./extractCorpus.js'),
    import('./load/loadExtraction.js'),
    import('./load/syncCuration.js'),
  ]);
  await forgetImportFingerprint(db);
  await applySchema(db);
  const corrections = curated ? loadCorrections(correctionsFile) : NO_CORRECTIONS;
  const extraction =
    options.extraction ??
    (await extractCorpus(paths, {
      curated,
      workers: options.workers,
      cacheDir: (options.cacheDir === undefined ? config.cacheDir : options.cacheDir) ?? undefined,
      onProgress: (done, total) => options.onProgress?.({ phase: 'extract', done, total }),
    }));
  const corrected = applyCorrections(extraction, corrections);
  const load = await loadExtraction(db, corrected.extraction, {
    curation: corrected.curation,
    folders: options.extraction ? [] : paths.filter((p) => fs.existsSync(p) && fs.statSync(p).isDirectory()),
    reset: options.reset,
    batchSize: options.batchSize ?? config.batchSize,
    loadPath: options.loadPath,
    pauseMs: options.pauseMs ?? config.batchPauseMs,
    onProgress: options.onProgress,
  });
  // Review states go on last, in either load mode, so they land on the relationships this import left.
  // A review the extraction already reported as unmatched is not reported twice.
  const unmatched = new Set(corrected.diagnostics.map((d) => d.line));
  const reviewed = (await syncReviews(db, corrected.curation)).filter((d) => !unmatched.has(d.line));
  const diagnostics = [...extraction.diagnostics, ...corrected.diagnostics, ...load.diagnostics, ...reviewed];
  // A document that failed to read or extract is not loaded; its previous state in the graph is kept.
  const failed = new Set(extraction.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file)).size;
  // Only a clean import may be skipped next time: one with errors reports them again.
  if (fingerprint && !diagnostics.some((d) => d.severity === 'error')) await recordImportFingerprint(db, fingerprint.inputs, new Date().toISOString());
  return summarise(load, await countGraph(db), failed, diagnostics, performance.now() - started);
}
