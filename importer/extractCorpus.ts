/** Runs read → segment → extract → resolve over files and folders, collecting every diagnostic; no Neo4j. */
import { loadConfig } from '../src/config.js';
import type { Diagnostic, Extraction } from '../src/model/index.js';
import { DocumentBudgetExceeded, withDocumentBudget } from './extract/deadline.js';
import { extractDocument, listDocumentFiles, loadKnowledge, readDocument, resolveExtractions, segmentDocument } from './pipeline.js';
import type { DocumentExtraction, Knowledge } from './pipeline.js';
import type { ReadDocument } from './types.js';

export interface ExtractCorpusOptions {
  curated: boolean;
  /** Already loaded knowledge (the evaluator extracts document by document with one). */
  knowledge?: Knowledge;
  /** Where graph-data/ lives, when not in this project (tests). */
  root?: string;
  /** Time one document may spend in segment and extract (Infinity: no limit); default IMPORT_DOCUMENT_BUDGET_MS. */
  documentBudgetMs?: number;
  /** Called after each file, for a progress bar. */
  onProgress?: (done: number, total: number, file: string) => void;
}

/** One document segmented and extracted within its budget, or the diagnostic saying it ran out. */
function extractWithinBudget(read: ReadDocument, knowledge: Knowledge, budgetMs: number): { extracted?: DocumentExtraction; diagnostics: Diagnostic[] } {
  try {
    return withDocumentBudget(budgetMs, () => {
      const segmented = segmentDocument(read);
      return { extracted: extractDocument(segmented, knowledge), diagnostics: segmented.diagnostics.slice(read.diagnostics.length) };
    });
  } catch (error) {
    if (!(error instanceof DocumentBudgetExceeded)) throw error;
    const message = `${error.message}; document skipped (the limit is IMPORT_DOCUMENT_BUDGET_MS)`;
    return { diagnostics: [{ severity: 'error', stage: 'extract', file: read.path, message }] };
  }
}

export async function extractCorpus(paths: string[], options: ExtractCorpusOptions): Promise<Extraction> {
  const knowledge = options.knowledge ?? loadKnowledge({ curated: options.curated, root: options.root });
  const budgetMs = options.documentBudgetMs ?? loadConfig().importer.documentBudgetMs;
  const listed = listDocumentFiles(paths);
  const diagnostics: Diagnostic[] = [...listed.diagnostics];
  const extracted: DocumentExtraction[] = [];
  for (const [i, file] of listed.files.entries()) {
    const read = await readDocument(file);
    diagnostics.push(...read.diagnostics);
    // A fatal document, or one that runs out of time, is reported and skipped; the rest of the batch goes on.
    if (!read.fatal) {
      const done = extractWithinBudget(read, knowledge, budgetMs);
      diagnostics.push(...done.diagnostics);
      if (done.extracted) extracted.push(done.extracted);
    }
    options.onProgress?.(i + 1, listed.files.length, file);
  }
  return { ...resolveExtractions(extracted, knowledge), diagnostics };
}
