/** Runs read → segment → extract → resolve over files and folders, collecting every diagnostic; no Neo4j. */
import type { Diagnostic, Extraction } from '../src/model/index.js';
import { extractDocument, listDocumentFiles, loadKnowledge, readDocument, resolveExtractions, segmentDocument } from './pipeline.js';
import type { DocumentExtraction, Knowledge } from './pipeline.js';

export interface ExtractCorpusOptions {
  curated: boolean;
  /** Already loaded knowledge (the evaluator extracts document by document with one). */
  knowledge?: Knowledge;
  /** Where graph-data/ lives, when not in this project (tests). */
  root?: string;
  /** Called after each file, for a progress bar. */
  onProgress?: (done: number, total: number, file: string) => void;
}

export async function extractCorpus(paths: string[], options: ExtractCorpusOptions): Promise<Extraction> {
  const knowledge = options.knowledge ?? loadKnowledge({ curated: options.curated, root: options.root });
  const listed = listDocumentFiles(paths);
  const diagnostics: Diagnostic[] = [...listed.diagnostics];
  const extracted: DocumentExtraction[] = [];
  for (const [i, file] of listed.files.entries()) {
    const read = await readDocument(file);
    diagnostics.push(...read.diagnostics);
    // A fatal document is reported and skipped; the rest of the batch goes on.
    if (!read.fatal) extracted.push(extractDocument(segmentDocument(read), knowledge));
    options.onProgress?.(i + 1, listed.files.length, file);
  }
  return { ...resolveExtractions(extracted, knowledge), diagnostics };
}
