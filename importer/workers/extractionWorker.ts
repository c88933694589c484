/** The task of an extraction worker thread: a run of files, with the knowledge this thread loaded once (cached per root). */
import { extractFile, type FileExtraction } from '../extractFile.js';
import { loadKnowledge } from '../pipeline.js';

export interface ExtractionTask {
  files: string[];
  curated: boolean;
  root?: string;
  budgetMs: number;
}

export default async function extractTask(task: ExtractionTask): Promise<FileExtraction[]> {
  const knowledge = loadKnowledge({ curated: task.curated, root: task.root });
  const results: FileExtraction[] = [];
  for (const file of task.files) results.push(await extractFile(file, knowledge, task.budgetMs));
  return results;
}
