/**
 * The whole graph, computed in memory from every document's contribution and the corrections, for a bulk load into
 * an empty database. It applies the same merge rules as the document-by-document path, so both give equal graphs.
 */
import type { StoredCoMention, StoredDocument, StoredEntity, StoredMention, StoredRelation } from '../../src/db/queries/graphRows.js';
import type { Diagnostic } from '../../src/model/index.js';
import type { Curation } from '../curate/curation.js';
import type { DocumentContribution, MentionClaim, RelationContribution } from './contributions.js';
import { mergeEntity, tallyClaims } from './entityFacts.js';
import { coMentionProps, CURATED_SOURCE, curatedPart, relationProps, type RelationPart } from './relationFacts.js';
import { resolveCuration } from './syncCuration.js';
import { appendTo } from './appendTo.js';

export interface GraphRows {
  documents: StoredDocument[];
  entities: StoredEntity[];
  mentions: StoredMention[];
  relations: StoredRelation[];
  coMentions: StoredCoMention[];
  diagnostics: Diagnostic[];
}

type RelationEntry = Pick<RelationContribution, 'id' | 'type' | 'source' | 'target'> & { parts: Map<string, RelationPart> };

export function buildGraph(contributions: DocumentContribution[], wanted: Curation, importedAt: string): GraphRows {
  const claims = new Map<string, MentionClaim[]>();
  const relations = new Map<string, RelationEntry>();
  const coMentions = new Map<string, { source: string; target: string; parts: Map<string, number> }>();
  for (const c of contributions) {
    const docId = c.document.id;
    for (const m of c.mentions) appendTo(claims, m.entityId, m);
    for (const r of c.relations) {
      let entry = relations.get(r.id);
      if (!entry) relations.set(r.id, (entry = { id: r.id, type: r.type, source: r.source, target: r.target, parts: new Map() }));
      entry.parts.set(docId, r.part);
    }
    for (const w of c.coMentions) {
      let entry = coMentions.get(w.id);
      if (!entry) coMentions.set(w.id, (entry = { source: w.source, target: w.target, parts: new Map() }));
      entry.parts.set(docId, w.weight);
    }
  }
  const { curation, diagnostics } = resolveCuration(wanted, (id) => claims.has(id));
  for (const r of curation.relations) {
    let entry = relations.get(r.id);
    if (!entry) relations.set(r.id, (entry = { ...r, parts: new Map() }));
    entry.parts.set(CURATED_SOURCE, curatedPart(r));
  }

  const degree = new Map<string, number>();
  const storedRelations: StoredRelation[] = [];
  for (const r of relations.values()) {
    const props = relationProps(r.id, r.parts)!;
    storedRelations.push({ ...props, type: r.type, source: r.source, target: r.target });
    for (const id of [r.source, r.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
  }
  const entities: StoredEntity[] = [];
  for (const [id, list] of claims) {
    const merged = mergeEntity(id, tallyClaims(list), curation.entities.get(id))!;
    entities.push({ ...merged, degree: degree.get(id) ?? 0, documentCount: list.length });
  }
  return {
    documents: contributions.map((c) => ({ ...c.document, factsHash: c.factsHash, importedAt })),
    entities,
    mentions: contributions.flatMap((c) => c.mentions.map((m) => ({ ...m, documentId: c.document.id }))),
    relations: storedRelations,
    coMentions: [...coMentions].map(([id, w]) => ({ ...coMentionProps(id, w.parts)!, source: w.source, target: w.target })),
    diagnostics,
  };
}
