/**
 * The load stage: writes an extraction into Neo4j. Into an empty graph everything goes in one bulk load; otherwise
 * document by document, one transaction each, skipping documents whose facts are unchanged, then the corrections.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import type { Database } from '../../src/db/database.js';
import { clearAdminImportMarker, readAdminImportMarker } from '../../src/db/local/adminImportMarker.js';
import { readDocumentStates } from '../../src/db/queries/importedGraph.js';
import { bulkLoadUnfinished, graphIsEmpty, wipeImportedGraph } from '../../src/db/queries/loadGraph.js';
import type { Diagnostic, Extraction } from '../../src/model/index.js';
import type { Curation } from '../curate/curation.js';
import { adminLoad } from './adminLoad.js';
import { AdminCsvUnsupported } from './adminCsvTable.js';
import { buildGraph } from './buildGraph.js';
import { bulkLoad, type LoadProgress } from './bulkLoad.js';
import { splitContributions } from './contributions.js';
import { GraphChanges } from './graphChanges.js';
import { chooseLoadPath, type LoadPath, type LoadPathChoice } from './loadPath.js';
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
  /** How a first load is written; by default chosen by size (loadPath.ts). */
  loadPath?: LoadPath;
}

export interface LoadResult {
  mode: 'bulk' | 'incremental';
  /** For a bulk load: the path it took and why. */
  loadPath?: LoadPathChoice;
  documents: { new: string[]; changed: string[]; refreshed: string[]; unchanged: string[]; deleted: string[] };
  changes: GraphChanges;
  diagnostics: Diagnostic[];
}

/** A first load through the chosen path; a graph the admin CSV cannot carry goes through UNWIND, with a warning. */
async function firstLoad(db: Database, graph: ReturnType<typeof buildGraph>, now: string, choice: LoadPathChoice, o: LoadOptions) {
  if (choice.path === 'admin') {
    try {
      return { path: choice, diagnostics: (await adminLoad(db, db.config, graph, now, o.onProgress)).diagnostics };
    } catch (error) {
      if (!(error instanceof AdminCsvUnsupported)) throw error;
      const unwind: LoadPathChoice = { path: 'unwind', reason: `neo4j-admin cannot take this graph: ${error.message}` };
      await wipeImportedGraph(db);
      const diagnostics: Diagnostic[] = [{ severity: 'warning', stage: 'load', file: db.uri, message: `${unwind.reason}; loading through UNWIND` }];
      await bulkLoad(db, graph, now, { batchSize: o.batchSize, pauseMs: o.pauseMs, onProgress: o.onProgress });
      return { path: unwind, diagnostics };
    }
  }
  await bulkLoad(db, graph, now, { batchSize: o.batchSize, pauseMs: o.pauseMs, onProgress: o.onProgress });
  return { path: choice, diagnostics: [] };
}

const inside = (file: string, folder: string) => !path.relative(path.resolve(folder), file).startsWith('..');

export async function loadExtraction(db: Database, extraction: Extraction, o: LoadOptions): Promise<LoadResult> {
  const now = o.now ?? new Date().toISOString();
  const { contributions, diagnostics } = splitContributions(extraction);
  const documents: LoadResult['documents'] = { new: [], changed: [], refreshed: [], unchanged: [], deleted: [] };
  const changes = new GraphChanges();
  const local = db.config.local;
  const adminCutShort = local ? readAdminImportMarker(local) : undefined;
  if (adminCutShort) {
    // That import began on an empty graph or a reset, so loading everything again loses nothing.
    diagnostics.push({ severity: 'warning', stage: 'load', file: db.uri, message: `an admin import started ${adminCutShort.startedAt} was cut short: its store was discarded and the graph is loaded again` });
  }
  const replace = o.reset || adminCutShort !== undefined;
  // Rows of the graph at most (relations shared by documents count once per document): enough to pick a path.
  const rows = contributions.reduce((n, c) => n + 1 + c.mentions.length + c.relations.length + c.coMentions.length, 0);
  const choice = replace || (await graphIsEmpty(db)) ? chooseLoadPath(o.loadPath, db.config, rows) : undefined;
  if (choice?.warning) diagnostics.push({ severity: 'warning', stage: 'load', file: db.uri, message: choice.warning });
  // neo4j-admin overwrites the whole store, so a graph it replaces need not be deleted first.
  if (replace && choice?.path !== 'admin') await wipeImportedGraph(db);
  else if (!replace && (await bulkLoadUnfinished(db))) {
    // The graph was empty when that load began, so discarding what it wrote loses nothing.
    await wipeImportedGraph(db);
    diagnostics.push({ severity: 'warning', stage: 'load', file: db.uri, message: 'a bulk load was cut short: its partial graph was discarded and loaded again' });
  }

  if (choice && (choice.path === 'admin' || (await graphIsEmpty(db)))) {
    const graph = buildGraph(contributions, o.curation, now);
    const loaded = await firstLoad(db, graph, now, choice, o);
    if (local && adminCutShort) clearAdminImportMarker(local);
    documents.new = graph.documents.map((d) => d.id);
    changes.created('entities', graph.entities.map((e) => e.id));
    changes.created('relations', graph.relationIds);
    return { mode: 'bulk', loadPath: loaded.path, documents, changes, diagnostics: [...diagnostics, ...graph.diagnostics, ...loaded.diagnostics] };
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
