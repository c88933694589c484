/** Imports of documents added from the browser, run one at a time, each followed stage by stage until it is polled. */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { PROJECT_ROOT } from '../../config.js';
import type { Diagnostic, ImportedDocument, ImportJob } from '../../model/index.js';
import type { StoredUpload } from './uploads.js';

/** Finished jobs are kept for polling; beyond this many the oldest go. */
const KEPT_JOBS = 200;

export interface JobRun {
  /** The corpus extraction, calling back after each file is read and extracted. */
  extract(onFile: (file: string) => void): Promise<void>;
  /** The load; returns every diagnostic of the import and what it added. */
  load(): Promise<{ diagnostics: Diagnostic[]; newEntities: number; newRelations: number; entityIds: (files: string[]) => string[] }>;
}

export class ImportJobs {
  private readonly jobs = new Map<string, ImportJob>();

  constructor(private readonly corpusDir: string) {}

  get(id: string): ImportJob | undefined {
    return this.jobs.get(id);
  }

  /** Registers the job and returns it with its documents queued; `start` runs it (in the caller's queue). */
  create(stored: StoredUpload[]): { job: ImportJob; files: Map<string, ImportedDocument> } {
    const job: ImportJob = {
      jobId: randomUUID(),
      state: 'running',
      documents: stored.map((s) => ({ name: s.name, file: path.relative(this.corpusDir, s.file), stage: s.unchanged ? 'unchanged' : 'queued', diagnostics: [] })),
    };
    const files = new Map(stored.flatMap((s, i) => (s.unchanged ? [] : [[s.file, job.documents[i]!] as const])));
    this.jobs.set(job.jobId, job);
    for (const id of [...this.jobs.keys()].slice(0, Math.max(0, this.jobs.size - KEPT_JOBS))) this.jobs.delete(id);
    return { job, files };
  }

  async run(job: ImportJob, files: Map<string, ImportedDocument>, work: JobRun): Promise<void> {
    const pending = [...files.values()];
    try {
      for (const d of pending) d.stage = 'reading';
      await work.extract((file) => {
        const d = files.get(path.resolve(file));
        if (d) d.stage = 'extracting';
      });
      for (const d of pending) d.stage = 'loading';
      const loaded = await work.load();
      for (const diagnostic of loaded.diagnostics) {
        const d = files.get(path.resolve(PROJECT_ROOT, diagnostic.file));
        if (d) d.diagnostics.push({ severity: diagnostic.severity, message: diagnostic.message, file: d.file, line: diagnostic.line });
      }
      for (const d of pending) d.stage = d.diagnostics.some((x) => x.severity === 'error') ? 'failed' : 'done';
      job.summary = { newEntities: loaded.newEntities, newRelations: loaded.newRelations, entityIds: loaded.entityIds([...files.keys()]) };
      job.state = pending.length > 0 && pending.every((d) => d.stage === 'failed') ? 'failed' : 'done';
    } catch (error) {
      // The import stopped as a whole (Neo4j down, corrections file broken): every document says why.
      for (const d of pending) {
        d.stage = 'failed';
        d.diagnostics.push({ severity: 'error', message: (error as Error).message.split('\n')[0]!, file: d.file });
      }
      job.state = 'failed';
    }
  }
}
