/**
 * The whole graph, computed from every document's contribution and the corrections, for a bulk load into an empty
 * database. It applies the same merge rules as the document-by-document path, so both give equal graphs.
 * Only what needs the whole corpus (documents, merged entities, degrees, which parts make each relation) is computed
 * up front; mention, relation and co-mention rows are built batch by batch as they are written, so building them
 * overlaps the batches in flight and the rows die young instead of filling the heap for the whole load.
 */
import type { StoredCoMention, StoredDocument, StoredEntity, StoredMention, StoredRelation } from '../../src/db/queries/graphRows.js';
import { CURATED_DOCUMENT_ID, RELATION_TYPES, type Diagnostic, type RelationType } from '../../src/model/index.js';
import type { Curation } from '../curate/curation.js';
import type { DocumentContribution, MentionClaim, RelationContribution } from './contributions.js';
import { mergeEntity, tallyClaims } from './entityFacts.js';
import { coMentionProps, curatedPart, relationProps, type RelationPart } from './relationFacts.js';
import { resolveCuration } from './syncCuration.js';
import { appendTo } from './appendTo.js';

/** Rows of one kind: how many, and the rows themselves, built a batch at a time. */
export interface RowSource<T> {
  count: number;
  batches(size: number): Iterable<T[]>;
}

export interface GraphRows {
  documents: StoredDocument[];
  entities: StoredEntity[];
  mentions: RowSource<StoredMention>;
  /** One source per relation type, so each batch has one query shape. */
  relations: Map<RelationType, RowSource<StoredRelation>>;
  coMentions: RowSource<StoredCoMention>;
  /** Ids of every relation and co-mention the load creates. */
  relationIds: string[];
  diagnostics: Diagnostic[];
}

type RelationEntry = Pick<RelationContribution, 'id' | 'type' | 'source' | 'target'> & { parts: Map<string, RelationPart> };
type CoMentionEntry = { id: string; source: string; target: string; parts: Map<string, number> };

function* inChunks<T, R>(items: Iterable<T>, size: number, row: (item: T) => R): Iterable<R[]> {
  let batch: R[] = [];
  for (const item of items) {
    batch.push(row(item));
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

function* claimsOf(contributions: DocumentContribution[]): Iterable<[string, MentionClaim]> {
  for (const c of contributions) for (const m of c.mentions) yield [c.document.id, m];
}

const source = <T, R>(items: T[] | (() => Iterable<T>), count: number, row: (item: T) => R): RowSource<R> => ({
  count,
  batches: (size) => inChunks(typeof items === 'function' ? items() : items, size, row),
});

export function buildGraph(contributions: DocumentContribution[], wanted: Curation, importedAt: string): GraphRows {
  const claims = new Map<string, MentionClaim[]>();
  const relations = new Map<string, RelationEntry>();
  const coMentions = new Map<string, CoMentionEntry>();
  let mentionCount = 0;
  for (const c of contributions) {
    const docId = c.document.id;
    mentionCount += c.mentions.length;
    for (const m of c.mentions) appendTo(claims, m.entityId, m);
    for (const r of c.relations) {
      let entry = relations.get(r.id);
      if (!entry) relations.set(r.id, (entry = { id: r.id, type: r.type, source: r.source, target: r.target, parts: new Map() }));
      entry.parts.set(docId, r.part);
    }
    for (const w of c.coMentions) {
      let entry = coMentions.get(w.id);
      if (!entry) coMentions.set(w.id, (entry = { id: w.id, source: w.source, target: w.target, parts: new Map() }));
      entry.parts.set(docId, w.weight);
    }
  }
  const { curation, diagnostics } = resolveCuration(wanted, (id) => claims.has(id));
  for (const r of curation.relations) {
    let entry = relations.get(r.id);
    if (!entry) relations.set(r.id, (entry = { ...r, parts: new Map() }));
    entry.parts.set(CURATED_DOCUMENT_ID, curatedPart(r));
  }

  const degree = new Map<string, number>();
  const byType = new Map<RelationType, RelationEntry[]>(RELATION_TYPES.map((t) => [t, []]));
  for (const r of relations.values()) {
    byType.get(r.type)!.push(r);
    for (const id of [r.source, r.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
  }
  const entities: StoredEntity[] = [];
  for (const [id, list] of claims) {
    const merged = mergeEntity(id, tallyClaims(list), curation.entities.get(id))!;
    entities.push({ ...merged, degree: degree.get(id) ?? 0, documentCount: list.length });
  }
  const relationRow = (r: RelationEntry): StoredRelation => ({ ...relationProps(r.id, r.parts)!, type: r.type, source: r.source, target: r.target });
  const coMentionRow = (w: CoMentionEntry): StoredCoMention => ({ ...coMentionProps(w.id, w.parts)!, source: w.source, target: w.target });
  return {
    documents: contributions.map((c) => ({ ...c.document, factsHash: c.factsHash, importedAt })),
    entities,
    mentions: source(() => claimsOf(contributions), mentionCount, ([documentId, m]): StoredMention => ({ ...m, documentId })),
    relations: new Map([...byType].map(([type, rows]) => [type, source(rows, rows.length, relationRow)])),
    coMentions: source([...coMentions.values()], coMentions.size, coMentionRow),
    relationIds: [...relations.keys(), ...coMentions.keys()],
    diagnostics,
  };
}
