/** read → segment → extract for one file, within the document budget: the unit of work of extractCorpus and its workers. */
import type { Diagnostic } from '../src/model/index.js';
import { DocumentBudgetExceeded, withDocumentBudget } from './extract/deadline.js';
import { extractDocument, readDocument, segmentDocument } from './pipeline.js';
import type { DocumentExtraction, Knowledge } from './pipeline.js';
import type { ReadDocument } from './types.js';

export interface FileExtraction {
  /** Undefined when the file was fatal to read or ran out of time; its diagnostics say why. */
  extracted?: DocumentExtraction;
  /** In the order a single-core run reports them: read, then segment and extract. */
  diagnostics: Diagnostic[];
}

function extractWithinBudget(read: ReadDocument, knowledge: Knowledge, budgetMs: number): FileExtraction {
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

export async function extractFile(file: string, knowledge: Knowledge, budgetMs: number): Promise<FileExtraction> {
  const read = await readDocument(file);
  // A fatal document is reported and skipped; the rest of the batch goes on.
  if (read.fatal) return { diagnostics: read.diagnostics };
  const done = extractWithinBudget(read, knowledge, budgetMs);
  return { extracted: done.extracted, diagnostics: [...read.diagnostics, ...done.diagnostics] };
}
