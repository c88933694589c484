/**
 * The load stage: writes an extraction into Neo4j. Into an empty graph everything goes in one bulk load; otherwise
 * document by document, one transaction each, skipping documents whose facts are unchanged, then the corrections.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import type { Database } from '../../src/db/database.js';
import { readDocumentStates } from '../../src/db/queries/importedGraph.js';
import { bulkLoadUnfinished, graphIsEmpty, wipeImportedGraph } from '../../src/db/queries/loadGraph.js';
import type { Diagnostic, Extraction } from '../../src/model/index.js';
import type { Curation } from '../curate/curation.js';
import { buildGraph } from './buildGraph.js';
import { bulkLoad, type LoadProgress } from './bulkLoad.js';
import { splitContributions } from './contributions.js';
import { GraphChanges } from './graphChanges.js';
import { replaceDocument } from './replaceDocument.js';
import { syncCuration } from './syncCuration.js';

export interface LoadOptions {
  curation: Curation;
  /**
   * Folders this import covers. A stored document whose file lies inside one of them and is gone from disk was
   * deleted; documents elsewhere (imported from other paths) are left alone.
   */
  folders: string[];
  reset?: boolean;
  batchSize: number;
  pauseMs?: number;
  onProgress?: (p: LoadProgress) => void;
  /** The import's timestamp (ISO 8601); set on new and changed documents. */
  now?: string;
}

export interface LoadResult {
  mode: 'bulk' | 'incremental';
  documents: { new: string[]; changed: string[]; refreshed: string[]; unchanged: string[]; deleted: string[] };
  changes: GraphChanges;
  diagnostics: Diagnostic[];
}

const inside = (file: string, folder: string) => !path.relative(path.resolve(folder), file).startsWith('..');

export async function loadExtraction(db: Database, extraction: Extraction, o: LoadOptions): Promise<LoadResult> {
  const now = o.now ?? new Date().toISOString();
  const { contributions, diagnostics } = splitContributions(extraction);
  const documents: LoadResult['documents'] = { new: [], changed: [], refreshed: [], unchanged: [], deleted: [] };
  const changes = new GraphChanges();
  if (o.reset) await wipeImportedGraph(db);
  else if (await bulkLoadUnfinished(db)) {
    // The graph was empty when that load began, so discarding what it wrote loses nothing.
    await wipeImportedGraph(db);
    diagnostics.push({ severity: 'warning', stage: 'load', file: db.uri, message: 'a bulk load was cut short: its partial graph was discarded and loaded again' });
  }

  if (await graphIsEmpty(db)) {
    const graph = buildGraph(contributions, o.curation, now);
    await bulkLoad(db, graph, now, { batchSize: o.batchSize, pauseMs: o.pauseMs, onProgress: o.onProgress });
    documents.new = graph.documents.map((d) => d.id);
    changes.created('entities', graph.entities.map((e) => e.id));
    changes.created('relations', graph.relationIds);
    return { mode: 'bulk', documents, changes, diagnostics: [...diagnostics, ...graph.diagnostics] };
  }

  const stored = new Map((await readDocumentStates(db)).map((d) => [d.id, d]));
  const current = new Set(contributions.map((c) => c.document.id));
  const gone = [...stored.values()].filter((d) => {
    if (current.has(d.id) || !d.path) return false;
    const file = path.resolve(PROJECT_ROOT, d.path);
    return o.folders.some((f) => inside(file, f)) && !fs.existsSync(file);
  });
  const total = contributions.length + gone.length;
  let done = 0;
  const step = async (id: string, next: (typeof contributions)[number] | null) => {
    changes.absorb(await replaceDocument(db, id, next, now));
    o.onProgress?.({ phase: 'documents', done: ++done, total });
    if (o.pauseMs) await new Promise((r) => setTimeout(r, o.pauseMs));
  };
  for (const c of contributions) {
    const before = stored.get(c.document.id);
    if (before?.factsHash === c.factsHash) {
      documents.unchanged.push(c.document.id);
      o.onProgress?.({ phase: 'documents', done: ++done, total });
      continue;
    }
    await step(c.document.id, c);
    const list = !before ? documents.new : before.contentHash === c.document.contentHash ? documents.refreshed : documents.changed;
    list.push(c.document.id);
  }
  for (const d of gone) {
    await step(d.id, null);
    documents.deleted.push(d.id);
  }
  const curated = await syncCuration(db, o.curation);
  changes.absorb(curated.changes);
  return { mode: 'incremental', documents, changes, diagnostics: [...diagnostics, ...curated.diagnostics] };
}
