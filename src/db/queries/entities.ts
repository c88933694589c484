/** One entity with everything the details panel shows: aliases, mentioning documents, relations with evidence. */
import { recordsToRows, type Database } from '../database.js';
import { NotFoundError } from '../../errors.js';
import { isSymmetric, type EntityDetail, type EntityRelation, type GraphEdge, type GraphNode, type RelationType } from '../../model/index.js';
import { edgeFields, nodeFields, parseEvidence, withReview } from './graphFields.js';

const ENTITY = `
MATCH (e:Entity {id: $id})
RETURN ${nodeFields('e')} AS entity,
  COLLECT {
    MATCH (d:Document)-[m:MENTIONS]->(e)
    RETURN {id: d.id, title: coalesce(d.title, d.id), language: d.language,
            count: coalesce(m.count, size(coalesce(m.offsets, [])) / 2)} AS doc
    ORDER BY doc.title, doc.id
  } AS documents,
  COLLECT {
    MATCH (e)-[r]-(o:Entity) WHERE type(r) <> 'CO_MENTIONED'
    RETURN {edge: ${edgeFields('r')}, other: ${nodeFields('o')}, evidence: r.evidence, outgoing: startNode(r) = e} AS rel
    ORDER BY rel.edge.type, rel.other.name, rel.edge.id
  } AS relations`;

const TITLES = 'MATCH (d:Document) WHERE d.id IN $ids RETURN d.id AS id, coalesce(d.title, d.id) AS title';

interface EntityRow {
  entity: GraphNode;
  documents: EntityDetail['documents'];
  relations: { edge: GraphEdge; other: GraphNode; evidence: unknown; outgoing: boolean }[];
}

export async function getEntityDetail(db: Database, id: string): Promise<EntityDetail> {
  const { row, titles } = await db.read(async (tx) => {
    const [row] = recordsToRows<EntityRow>(await tx.run(ENTITY, { id }));
    if (!row) return { row, titles: new Map<string, string>() };
    const ids = [...new Set(row.relations.flatMap((r) => parseEvidence(r.evidence).map((e) => e.documentId)))];
    const rows = recordsToRows<{ id: string; title: string }>(await tx.run(TITLES, { ids }));
    return { row, titles: new Map(rows.map((t) => [t.id, t.title])) };
  });
  if (!row) throw new NotFoundError(`no entity with id "${id}"`);
  return {
    entity: withReview(row.entity),
    documents: row.documents,
    relations: row.relations.map((r) => toEntityRelation(r, titles)),
  };
}

function toEntityRelation(r: EntityRow['relations'][number], titles: Map<string, string>): EntityRelation {
  const evidence = parseEvidence(r.evidence);
  const byDocument = new Map<string, typeof evidence>();
  for (const e of evidence) byDocument.set(e.documentId, [...(byDocument.get(e.documentId) ?? []), e]);
  const direction = isSymmetric(r.edge.type as RelationType) ? 'both' : r.outgoing ? 'out' : 'in';
  return {
    ...withReview(r.edge),
    direction,
    other: withReview(r.other),
    evidenceByDocument: [...byDocument].map(([documentId, items]) => ({
      documentId,
      title: titles.get(documentId) ?? documentId,
      evidence: items.sort((a, b) => a.start - b.start),
    })),
  };
}
