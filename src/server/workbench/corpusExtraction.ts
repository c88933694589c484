/**
 * The extraction of the whole corpus folder, kept while no file in it changes: corrections are re-applied to it at
 * once, and entity resolution and merges are corpus-wide, so one changed file means extracting the corpus again.
 */
import fs from 'node:fs';
import path from 'node:path';
import { extractCorpus } from '../../../importer/extractCorpus.js';
import { loadKnowledge, type Knowledge } from '../../../importer/pipeline.js';
import type { Extraction } from '../../model/index.js';

/** Names, sizes and modification times of every file under the folder: what tells that the corpus changed. */
function fingerprint(folder: string): string {
  if (!fs.existsSync(folder)) return '';
  const entries = fs.readdirSync(folder, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return entries
    .map((e) => {
      const file = path.join(e.parentPath, e.name);
      const stat = fs.statSync(file);
      return `${file}\t${stat.size}\t${stat.mtimeMs}`;
    })
    .sort()
    .join('\n');
}

export class CorpusExtraction {
  private knowledge?: Knowledge;
  private cached?: { fingerprint: string; extraction: Extraction };

  constructor(readonly folder: string) {}

  /** The extraction last made (get() first). */
  last(): Extraction {
    if (!this.cached) throw new Error('corpus not extracted yet');
    return this.cached.extraction;
  }

  async get(onProgress?: (done: number, total: number, file: string) => void): Promise<Extraction> {
    const now = fingerprint(this.folder);
    if (this.cached?.fingerprint === now) return this.cached.extraction;
    // Loading the lexicons takes seconds; they change with the code, not while the server runs.
    this.knowledge ??= loadKnowledge({ curated: true });
    const extraction = await extractCorpus([this.folder], { curated: true, knowledge: this.knowledge, onProgress });
    this.cached = { fingerprint: now, extraction };
    return extraction;
  }
}
