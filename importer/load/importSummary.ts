/** What an import reports at the end: documents by outcome, the graph by type, what was added and removed. */
import type { GraphCounts } from '../../src/db/queries/importedGraph.js';
import type { Diagnostic } from '../../src/model/index.js';
import type { LoadResult } from './loadExtraction.js';

export interface ImportSummary {
  /** unchanged: the corpus's fingerprint matched the last import's, so nothing was extracted or written. */
  mode: LoadResult['mode'] | 'unchanged';
  /** refreshed: same content, different extracted facts (new corrections or a better extractor). */
  documents: { new: number; changed: number; refreshed: number; unchanged: number; deleted: number; failed: number };
  /** A bulk load's path (UNWIND or neo4j-admin) and why it was taken. */
  loadPath?: LoadResult['loadPath'];
  graph: GraphCounts;
  /** Ids (`source>TYPE>target` for relationships) added and removed since the last run. */
  entities: { added: string[]; removed: string[] };
  relations: { added: string[]; removed: string[] };
  coMentions: { added: number; removed: number };
  diagnostics: Diagnostic[];
  elapsedMs: number;
}

const isWeak = (id: string) => id.includes('>CO_MENTIONED>');

export function summarise(load: LoadResult, graph: GraphCounts, failed: number, diagnostics: Diagnostic[], elapsedMs: number): ImportSummary {
  const { changes, documents: d } = load;
  const added = changes.added('relations');
  const removed = changes.removed('relations');
  return {
    mode: load.mode,
    loadPath: load.loadPath,
    documents: { new: d.new.length, changed: d.changed.length, refreshed: d.refreshed.length, unchanged: d.unchanged.length, deleted: d.deleted.length, failed },
    graph,
    entities: { added: changes.added('entities'), removed: changes.removed('entities') },
    relations: { added: added.filter((id) => !isWeak(id)), removed: removed.filter((id) => !isWeak(id)) },
    coMentions: { added: added.filter(isWeak).length, removed: removed.filter(isWeak).length },
    diagnostics,
    elapsedMs,
  };
}

const byType = (counts: Record<string, number>) =>
  Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([t, n]) => `${t} ${n}`)
    .join(', ') || 'none';

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

const sample = (ids: string[]) => (ids.length === 0 ? '' : `: ${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', …' : ''}`);

/** Human-readable summary, one fact per line. */
export function formatSummary(s: ImportSummary): string {
  const d = s.documents;
  return [
    `import (${s.mode}) finished in ${(s.elapsedMs / 1000).toFixed(1)} s`,
    ...(s.loadPath ? [`load path: ${s.loadPath.path === 'admin' ? 'neo4j-admin database import full' : 'UNWIND'} (${s.loadPath.reason})`] : []),
    `documents: ${d.new} new, ${d.changed} changed, ${d.refreshed} refreshed, ${d.unchanged} unchanged, ${d.deleted} deleted, ${d.failed} failed`,
    `entities: ${sum(s.graph.entities)} (${byType(s.graph.entities)})`,
    `relations: ${sum(s.graph.relations)} (${byType(s.graph.relations)}); co-mentions: ${s.graph.coMentions}`,
    `added: ${s.entities.added.length} entities${sample(s.entities.added)}`,
    `       ${s.relations.added.length} relations${sample(s.relations.added)}; ${s.coMentions.added} co-mentions`,
    `removed: ${s.entities.removed.length} entities${sample(s.entities.removed)}`,
    `         ${s.relations.removed.length} relations${sample(s.relations.removed)}; ${s.coMentions.removed} co-mentions`,
  ].join('\n');
}
