/**
 * Bulk writes into a graph known to hold no imported data: plain CREATEs in UNWIND batches with one fixed query
 * shape per label and relationship type, rows passed as arrays (cheaper to send and to read than maps).
 */
import type { Database, Tx } from '../database.js';
import type { EntityType, RelationType } from '../../model/index.js';
import { entityLabel, relationLabel, type StoredCoMention, type StoredDocument, type StoredEntity, type StoredMention, type StoredRelation } from './graphRows.js';

const CREATE_DOCUMENTS = `
UNWIND $rows AS r
CREATE (:Document {id: r[0], title: r[1], language: r[2], source: r[3], date: r[4], path: r[5], contentHash: r[6],
                   factsHash: r[7], importedAt: r[8], text: r[9]})`;

const entityCreation = (type: EntityType) => `
UNWIND $rows AS r
CREATE (:Entity:${entityLabel(type)} {id: r[0], type: $type, name: r[1], aliases: r[2], aliasText: r[3], nameFolded: r[4],
                 curated: r[5], curation: r[6], degree: toInteger(r[7]), documentCount: toInteger(r[8])})`;

const CREATE_MENTIONS = `
UNWIND $rows AS r
MATCH (d:Document {id: r[0]})
MATCH (e:Entity {id: r[1]})
CREATE (d)-[:MENTIONS {count: toInteger(r[2]), offsets: [o IN r[3] | toInteger(o)], name: r[4], type: r[5], aliases: r[6]}]->(e)`;

const relationCreation = (type: RelationType) => `
UNWIND $rows AS r
MATCH (a:Entity {id: r[0]})
MATCH (b:Entity {id: r[1]})
CREATE (a)-[:${relationLabel(type)} {id: r[2], confidence: r[3], documentIds: r[4], documentConfidences: r[5],
                   documentCount: toInteger(r[6]), evidence: r[7], curated: r[8], note: r[9]}]->(b)`;

const CREATE_CO_MENTIONS = `
UNWIND $rows AS r
MATCH (a:Entity {id: r[0]})
MATCH (b:Entity {id: r[1]})
CREATE (a)-[:CO_MENTIONED {id: r[2], weight: toInteger(r[3]), documentIds: r[4], documentWeights: [w IN r[5] | toInteger(w)]}]->(b)`;

export async function createDocuments(tx: Tx, rows: StoredDocument[]): Promise<void> {
  await tx.run(CREATE_DOCUMENTS, {
    rows: rows.map((d) => [d.id, d.title, d.language, d.source, d.date, d.path, d.contentHash, d.factsHash, d.importedAt, d.text]),
  });
}

export async function createEntities(tx: Tx, type: EntityType, rows: StoredEntity[]): Promise<void> {
  await tx.run(entityCreation(type), {
    type,
    rows: rows.map((e) => [e.id, e.name, e.aliases, e.aliasText, e.nameFolded, e.curated, e.curation, e.degree, e.documentCount]),
  });
}

export async function createMentions(tx: Tx, rows: StoredMention[]): Promise<void> {
  await tx.run(CREATE_MENTIONS, { rows: rows.map((m) => [m.documentId, m.entityId, m.count, m.offsets, m.name, m.type, m.aliases]) });
}

export async function createRelations(tx: Tx, type: RelationType, rows: StoredRelation[]): Promise<void> {
  await tx.run(relationCreation(type), {
    rows: rows.map((r) => [r.source, r.target, r.id, r.confidence, r.documentIds, r.documentConfidences, r.documentCount, r.evidence, r.curated, r.note]),
  });
}

export async function createCoMentions(tx: Tx, rows: StoredCoMention[]): Promise<void> {
  await tx.run(CREATE_CO_MENTIONS, { rows: rows.map((c) => [c.source, c.target, c.id, c.weight, c.documentIds, c.documentWeights]) });
}

/**
 * A bulk load leaves a marker node until it completes: a run that finds one knows the previous bulk load was cut
 * short (the graph held nothing before it), discards what it wrote and starts again.
 */
export async function markBulkLoad(db: Database, startedAt: string): Promise<void> {
  await db.write((tx) => tx.run('MERGE (m:ImportState {id: "bulk-load"}) SET m.startedAt = $startedAt', { startedAt }));
}

export async function unmarkBulkLoad(db: Database): Promise<void> {
  await db.write((tx) => tx.run('MATCH (m:ImportState {id: "bulk-load"}) DELETE m'));
}

export async function bulkLoadUnfinished(db: Database): Promise<boolean> {
  const rows = await db.rows<{ n: number }>('MATCH (m:ImportState {id: "bulk-load"}) RETURN count(m) AS n');
  return (rows[0]?.n ?? 0) > 0;
}

/** True when the graph holds no imported data (documents, entities or a bulk-load marker). */
export async function graphIsEmpty(db: Database): Promise<boolean> {
  const rows = await db.rows<{ n: number }>(
    'RETURN COUNT { MATCH (d:Document) RETURN d LIMIT 1 } + COUNT { MATCH (e:Entity) RETURN e LIMIT 1 } + COUNT { MATCH (m:ImportState) RETURN m LIMIT 1 } AS n',
  );
  return rows[0]?.n === 0;
}

/**
 * Deletes every imported node and relationship in batches, so a large graph needs no huge transaction; the
 * statement driving the batches may outlast the server's transaction timeout, so it has none.
 */
export async function wipeImportedGraph(db: Database): Promise<void> {
  await db.autoCommit(
    'MATCH (n) WHERE n:Entity OR n:Document OR n:ImportState CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS',
    {},
    { timeoutMs: 0 },
  );
}

/**
 * Drops the indexes no constraint needs (full-text, type, name, degree…) before a bulk load: populating an index
 * once after the load is much cheaper than updating it row by row. `applySchema` recreates them afterwards.
 */
export async function dropSecondaryIndexes(db: Database): Promise<void> {
  const rows = await db.rows<{ name: string }>(
    "SHOW INDEXES YIELD name, type, owningConstraint WHERE owningConstraint IS NULL AND type <> 'LOOKUP' RETURN name",
  );
  for (const { name } of rows) await db.autoCommit('DROP INDEX $name IF EXISTS', { name });
}
