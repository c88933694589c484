/** Decides from the fingerprint alone whether an import would change nothing, and reports such an import. */
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import type { Database } from '../../src/db/database.js';
import { countGraph } from '../../src/db/queries/importedGraph.js';
import { readImportFingerprint } from '../../src/db/queries/importFingerprint.js';
import type { ImportSummary } from '../load/importSummary.js';
import type { CorpusFingerprint } from './corpusFingerprint.js';

const inside = (file: string, folder: string) => !path.relative(folder, file).startsWith('..');

/**
 * True when the last import that completed cleanly had the same inputs and the graph still holds exactly these
 * documents with these hashes (none changed, none missing, none deleted from the imported folders since).
 */
export async function corpusUnchanged(db: Database, fingerprint: CorpusFingerprint): Promise<boolean> {
  const stored = await readImportFingerprint(db);
  if (stored.inputs !== fingerprint.inputs) return false;
  // Document.path is relative to the project when the file lies inside it.
  const byId = new Map(stored.documents.map((d) => [d.id, { ...d, path: d.path === null ? null : path.resolve(PROJECT_ROOT, d.path) }]));
  if (fingerprint.documents.some((d) => byId.get(d.id)?.contentHash !== d.contentHash || byId.get(d.id)?.path !== d.path)) return false;
  const current = new Set(fingerprint.documents.map((d) => d.id));
  return ![...byId.values()].some((d) => !current.has(d.id) && d.path !== null && fingerprint.folders.some((f) => inside(d.path!, f)));
}

export async function unchangedImport(db: Database, fingerprint: CorpusFingerprint, elapsedMs: () => number): Promise<ImportSummary> {
  return {
    mode: 'unchanged',
    documents: { new: 0, changed: 0, refreshed: 0, unchanged: fingerprint.documents.length, deleted: 0, failed: 0 },
    graph: await countGraph(db),
    entities: { added: [], removed: [] },
    relations: { added: [], removed: [] },
    coMentions: { added: 0, removed: 0 },
    diagnostics: [],
    elapsedMs: elapsedMs(),
  };
}
