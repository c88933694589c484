/**
 * Reads and writes for replacing one source's contribution inside a transaction: the relationships a document
 * supports, the entities it names, and the recomputation of the entities it touched.
 */
import { recordsToRows, type Tx } from '../database.js';
import type { EntityType, RelationType } from '../../model/index.js';
import {
  ALL_TYPE_LABELS,
  entityLabel,
  nonEmpty,
  relationLabel,
  type EntityProps,
  type RelationshipKey,
  type StoredCoMention,
  type StoredDocument,
  type StoredRelation,
} from './graphRows.js';
import { geoPoint, temporal } from './storedTime.js';

/** A relationship as read back: its type, endpoints and every property. */
export interface ReadRelationship {
  type: RelationType | 'CO_MENTIONED';
  source: string;
  target: string;
  props: Record<string, unknown>;
}

const RELATIONSHIP = '{type: type(r), source: startNode(r).id, target: endNode(r).id, props: properties(r)}';

// Every relationship a document supports joins two entities it names, so they are found from its mentions.
const DOCUMENT_FACTS = `
MATCH (d:Document {id: $id})
RETURN d.importedAt AS importedAt, d.contentHash AS contentHash,
  COLLECT { MATCH (d)-[:MENTIONS]->(e:Entity) RETURN e.id } AS entityIds,
  COLLECT { MATCH (d)-[:MENTIONS]->(:Entity)-[r]->(:Entity) WHERE $id IN r.documentIds RETURN DISTINCT ${RELATIONSHIP} } AS relationships`;

const RELATIONSHIPS_BY_KEY = `
UNWIND $keys AS k
MATCH (a:Entity {id: k.source})-[r]->(b:Entity {id: k.target}) WHERE type(r) = k.type
RETURN ${RELATIONSHIP} AS relationship`;

export async function readDocumentFacts(
  tx: Tx,
  id: string,
): Promise<{ importedAt: string; contentHash: string; entityIds: string[]; relationships: ReadRelationship[] } | null> {
  const [row] = recordsToRows<{ importedAt: string; contentHash: string; entityIds: string[]; relationships: ReadRelationship[] }>(
    await tx.run(DOCUMENT_FACTS, { id }),
  );
  return row ?? null;
}

export async function readRelationships(tx: Tx, keys: RelationshipKey[]): Promise<ReadRelationship[]> {
  if (keys.length === 0) return [];
  return recordsToRows<{ relationship: ReadRelationship }>(await tx.run(RELATIONSHIPS_BY_KEY, { keys })).map((r) => r.relationship);
}

export async function existingEntityIds(tx: Tx, ids: string[]): Promise<string[]> {
  const rows = recordsToRows<{ id: string }>(await tx.run('UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN id', { ids }));
  return rows.map((r) => r.id);
}

export async function deleteDocument(tx: Tx, id: string): Promise<void> {
  await tx.run('MATCH (d:Document {id: $id}) DETACH DELETE d', { id });
}

/** Replaces the document node's properties and drops its mentions (the caller writes the new ones). */
export async function upsertDocument(tx: Tx, d: StoredDocument): Promise<void> {
  await tx.run(
    `MERGE (d:Document {id: $d.id})
     SET d += $d
     WITH d
     MATCH (d)-[m:MENTIONS]->() DELETE m`,
    { d },
  );
}

/** Creates missing entities with provisional properties; `refreshEntities` then sets their labels and merged values. */
export async function ensureEntities(tx: Tx, rows: { id: string; name: string; type: EntityType }[]): Promise<void> {
  await tx.run('UNWIND $rows AS r MERGE (e:Entity {id: r.id}) ON CREATE SET e.name = r.name, e.type = r.type, e.curated = false', { rows });
}

export async function upsertRelations(tx: Tx, type: RelationType, rows: StoredRelation[]): Promise<void> {
  await tx.run(
    `UNWIND $rows AS r
     MATCH (a:Entity {id: r.source})
     MATCH (b:Entity {id: r.target})
     MERGE (a)-[x:${relationLabel(type)}]->(b)
     SET x.id = r.id, x.confidence = r.confidence, x.documentIds = r.documentIds, x.documentConfidences = r.documentConfidences,
         x.documentCount = toInteger(r.documentCount), x.evidence = r.evidence,
         x.evidenceCount = toInteger(r.evidenceCount), x.curated = r.curated, x.note = r.note,
         x.dates = CASE WHEN size(coalesce(r.dates, [])) = 0 THEN null ELSE r.dates END,
         x.time = r.time, x.from = ${temporal('r.from')}, x.to = ${temporal('r.to')}, x.at = ${temporal('r.at')}, x.datePrecision = r.datePrecision`,
    { rows },
  );
}

export async function upsertCoMentions(tx: Tx, rows: StoredCoMention[]): Promise<void> {
  await tx.run(
    `UNWIND $rows AS r
     MATCH (a:Entity {id: r.source})
     MATCH (b:Entity {id: r.target})
     MERGE (a)-[x:CO_MENTIONED]->(b)
     SET x.id = r.id, x.weight = toInteger(r.weight), x.documentIds = r.documentIds,
         x.documentWeights = [w IN r.documentWeights | toInteger(w)]`,
    { rows },
  );
}

export async function deleteRelationships(tx: Tx, type: RelationType | 'CO_MENTIONED', rows: { source: string; target: string }[]): Promise<void> {
  await tx.run(
    `UNWIND $rows AS r
     MATCH (:Entity {id: r.source})-[x:${relationLabel(type)}]->(:Entity {id: r.target})
     DELETE x`,
    { rows },
  );
}

export interface EntityTally {
  id: string;
  name: string;
  type: string;
  curation: string | null;
  names: [string, number][];
  types: [string, number][];
  aliases: string[];
  locations: [{ latitude: number; longitude: number; kind: string | null }, number][];
  dates: string[];
}

/**
 * What the documents that mention each entity say about it, counted by value (small even for a hub entity). A mention
 * without a name or type (written by hand, or by an old version) says nothing: a null name would become an alias.
 */
export async function readEntityTallies(tx: Tx, ids: string[]): Promise<EntityTally[]> {
  return recordsToRows<EntityTally>(
    await tx.run(
      `UNWIND $ids AS id
       MATCH (e:Entity {id: id})
       RETURN id, e.name AS name, e.type AS type, e.curation AS curation,
         COLLECT { MATCH (:Document)-[m:MENTIONS]->(e) WHERE m.name IS NOT NULL WITH m.name AS v, count(*) AS n RETURN [v, n] } AS names,
         COLLECT { MATCH (:Document)-[m:MENTIONS]->(e) WHERE m.type IS NOT NULL WITH m.type AS v, count(*) AS n RETURN [v, n] } AS types,
         COLLECT { MATCH (:Document)-[m:MENTIONS]->(e) UNWIND m.aliases AS a RETURN DISTINCT a } AS aliases,
         COLLECT { MATCH (:Document)-[m:MENTIONS]->(e) WHERE m.location IS NOT NULL
                   WITH {latitude: m.location.latitude, longitude: m.location.longitude, kind: m.placeKind} AS v, count(*) AS n RETURN [v, n] } AS locations,
         COLLECT { MATCH (:Document)-[m:MENTIONS]->(e) UNWIND coalesce(m.dates, []) AS d RETURN DISTINCT d } AS dates`,
      { ids },
    ),
  );
}

export async function updateEntities(tx: Tx, type: EntityType, rows: EntityProps[]): Promise<void> {
  await tx.run(
    `UNWIND $rows AS r
     MATCH (e:Entity {id: r.id})
     REMOVE e:${ALL_TYPE_LABELS}
     SET e:${entityLabel(type)}, e.type = r.type, e.name = r.name, e.aliases = r.aliases, e.aliasText = r.aliasText,
         e.nameFolded = r.nameFolded, e.curated = r.curated, e.curation = r.curation,
         e.location = ${geoPoint('r.location')}, e.placeKind = r.placeKind,
         e.dates = r.dates,
         e.time = r.time, e.from = ${temporal('r.from')}, e.to = ${temporal('r.to')}, e.at = ${temporal('r.at')}, e.datePrecision = r.datePrecision`,
    { rows: rows.map((r) => ({ ...r, aliases: nonEmpty(r.aliases), dates: nonEmpty(r.dates) })) },
  );
}

/** Deletes the entities no document mentions and no correction keeps; returns their ids. */
export async function deleteUnsupportedEntities(tx: Tx, ids: string[]): Promise<string[]> {
  const rows = recordsToRows<{ id: string }>(
    await tx.run(
      `UNWIND $ids AS id
       MATCH (e:Entity {id: id})
       WHERE NOT EXISTS { (:Document)-[:MENTIONS]->(e) } AND NOT coalesce(e.curated, false)
       DETACH DELETE e
       RETURN id`,
      { ids },
    ),
  );
  return rows.map((r) => r.id);
}

/** degree counts typed relationships (co-mentions excluded); documentCount counts mentioning documents. */
export async function refreshEntityCounts(tx: Tx, ids: string[]): Promise<void> {
  await tx.run(
    `UNWIND $ids AS id
     MATCH (e:Entity {id: id})
     SET e.degree = COUNT { (e)-[r]-(:Entity) WHERE type(r) <> 'CO_MENTIONED' },
         e.documentCount = COUNT { (:Document)-[:MENTIONS]->(e) }`,
    { ids },
  );
}
