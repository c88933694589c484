/**
 * The server side of the workbench: one curated file, one corpus folder, and one queue through which every write
 * to the graph goes (reviews, corrections, imports), so an import never re-applies a file older than a review.
 */
import path from 'node:path';
import { applyCorrections } from '../../../importer/curate/applyCorrections.js';
import { CuratedFile } from '../../../importer/curate/curatedFile.js';
import { importCorpus } from '../../../importer/importCorpus.js';
import type { CorrectionKind } from '../../../importer/curate/correctionsSchema.js';
import type { ImportSummary } from '../../../importer/load/importSummary.js';
import { syncCuration } from '../../../importer/load/syncCuration.js';
import { DataFileError } from '../../../importer/read/loadDataFile.js';
import { PROJECT_ROOT, type Config } from '../../config.js';
import type { Database } from '../../db/database.js';
import type { AttentionItem, ImportJob } from '../../model/index.js';
import { attentionItems } from './attention.js';
import { CorpusExtraction } from './corpusExtraction.js';
import { ImportJobs } from './importJobs.js';
import { SerialQueue } from './serialQueue.js';
import { storeUploads, type Upload } from './uploads.js';

/** The curated file does not validate: nothing is written over it until a person fixes it (the message says where). */
export class CuratedFileInvalid extends Error {
  readonly statusCode = 409;
  readonly code = 'CuratedFileInvalid';
}

export class Workbench {
  readonly curated: CuratedFile;
  readonly queue = new SerialQueue();
  private readonly corpus: CorpusExtraction;
  private readonly jobs: ImportJobs;

  constructor(
    private readonly db: Database,
    private readonly config: Config['workbench'],
  ) {
    this.curated = new CuratedFile(config.correctionsFile);
    this.corpus = new CorpusExtraction(config.corpusDir);
    this.jobs = new ImportJobs(config.corpusDir);
  }

  /** The corrections file, or a 409 naming file and line when a hand edit broke it. */
  corrections() {
    return curatedOrConflict(() => this.curated.read());
  }

  /** A 409 naming file and line when a hand edit broke the corrections file; cheap while nobody edits it. */
  checkCorrections(): void {
    curatedOrConflict(() => this.curated.check());
  }

  /** Runs a write to the curated file, turning a broken file into a 409. */
  edit<T>(write: () => Promise<T>): Promise<T> {
    return curatedOrConflict(write);
  }

  /** The same import as `npm run import` over the corpus folder, extracted once while its files stay the same. */
  async reimport(): Promise<ImportSummary> {
    this.corrections();
    // Never the neo4j-admin path: it stops the Neo4j server this API is serving from.
    return importCorpus(this.db, { paths: [this.config.corpusDir], extraction: await this.corpus.get(), correctionsFile: this.curated.file, loadPath: 'unwind' });
  }

  /**
   * Applies the corrections file after a correction of `kind` changed it; returns the entities created and deleted.
   * Only merges and splits move mentions between entities and need the import; the other kinds change what the
   * graph carries on top of the documents (overrides, added relations), which syncCuration sets alone: the entities
   * come out as the next import leaves them (it then only refreshes the documents' own name claims).
   */
  async reapply(kind: CorrectionKind): Promise<{ added: string[]; removed: string[] }> {
    if (kind === 'merge' || kind === 'split') {
      const summary = await this.reimport();
      return { added: summary.entities.added, removed: summary.entities.removed };
    }
    const { curation } = applyCorrections(await this.corpus.get(), this.corrections());
    const { changes } = await syncCuration(this.db, curation);
    return { added: changes.added('entities'), removed: changes.removed('entities') };
  }

  async attention(): Promise<AttentionItem[]> {
    const extraction = await this.queue.run(() => this.corpus.get());
    return attentionItems(() => this.curated.read(), () => extraction);
  }

  job(id: string): ImportJob | undefined {
    return this.jobs.get(id);
  }

  /** Stores the documents (or refuses them all) and imports them in the queue; the job reports how it goes. */
  addDocuments(uploads: Upload[]): ImportJob {
    const stored = storeUploads(this.config.corpusDir, uploads);
    const { job, files } = this.jobs.create(stored);
    if (files.size === 0) {
      job.state = 'done';
      job.summary = { newEntities: 0, newRelations: 0, entityIds: [] };
      return job;
    }
    void this.queue.run(() =>
      this.jobs.run(job, files, {
        extract: async (onFile) => void (await this.corpus.get((_done, _total, file) => onFile(file))),
        load: async () => {
          const summary = await this.reimport();
          return {
            diagnostics: summary.diagnostics,
            newEntities: summary.entities.added.length,
            newRelations: summary.relations.added.length,
            entityIds: (added) => this.mentionedIn(added),
          };
        },
      }),
    );
    return job;
  }

  /** Entities the given files mention, under the ids the corrections give them. */
  private mentionedIn(files: string[]): string[] {
    const wanted = new Set(files);
    const corrected = applyCorrections(this.corpus.last(), this.curated.read()).extraction;
    const ids = corrected.documents.filter((d) => d.path && wanted.has(path.resolve(PROJECT_ROOT, d.path))).flatMap((d) => d.mentions.map((m) => m.entityId));
    return [...new Set(ids)].sort();
  }
}

function curatedOrConflict<T>(read: () => T): T {
  try {
    const result = read();
    if (result instanceof Promise) return result.catch(conflict) as T;
    return result;
  } catch (error) {
    return conflict(error);
  }
}

function conflict(error: unknown): never {
  if (error instanceof DataFileError) throw new CuratedFileInvalid(`${error.message} (fix the file; the graph keeps its last state meanwhile)`);
  throw error;
}
