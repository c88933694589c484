/** The read stage's entry point: files and folders in, ReadDocuments (with diagnostics) out. */
import type { ReadDocument } from '../types.js';
import { listDocumentFiles } from './listDocumentFiles.js';
import { readDocument } from './readDocument.js';

/** Reads every listed file; a path that cannot be listed becomes a fatal document carrying its diagnostic. */
export async function readDocuments(paths: string[]): Promise<ReadDocument[]> {
  const listed = listDocumentFiles(paths);
  const unreadable = listed.diagnostics.map((d) => failedDocument(d.file, d));
  const read: ReadDocument[] = [];
  for (const file of listed.files) read.push(await readDocument(file));
  return [...unreadable, ...read];
}

function failedDocument(file: string, diagnostic: ReadDocument['diagnostics'][number]): ReadDocument {
  return { id: file, path: file, title: file, language: 'en', source: null, date: null, contentHash: '', text: '', diagnostics: [diagnostic], fatal: true };
}
