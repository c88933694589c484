/** The task of an extraction worker thread: one file, with the knowledge this thread loaded once (cached per root). */
import { extractFile, type FileExtraction } from '../extractFile.js';
import { loadKnowledge } from '../pipeline.js';

export interface ExtractionTask {
  file: string;
  curated: boolean;
  root?: string;
  budgetMs: number;
}

export default function extractTask(task: ExtractionTask): Promise<FileExtraction> {
  return extractFile(task.file, loadKnowledge({ curated: task.curated, root: task.root }), task.budgetMs);
}
