/** The read stage's entry point: files and folders in, ReadDocuments (with diagnostics) out. */
import type { ReadDocument } from '../types.js';
import { listDocumentFiles } from './listDocumentFiles.js';
import { fatalDocument, readDocument } from './readDocument.js';

/** Reads every listed file; a path that cannot be listed becomes a fatal document carrying its diagnostic. */
export async function readDocuments(paths: string[]): Promise<ReadDocument[]> {
  const listed = listDocumentFiles(paths);
  const read = listed.diagnostics.map((d) => fatalDocument(d.file, d));
  for (const file of listed.files) read.push(await readDocument(file));
  return read;
}
