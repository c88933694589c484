/**
 * Bulk writes into a graph known to hold no imported data: plain CREATEs in UNWIND batches with one fixed query
 * shape per label and relationship type, rows passed as arrays (cheaper to send and to read than maps).
 * Node creation returns each node's element id; relationships created in the same load find their endpoints by
 * those (a direct seek in the node store) instead of two index lookups by `id`.
 */
import type { Database, Tx } from '../database.js';
import type { EntityType, RelationType } from '../../model/index.js';
import { entityLabel, nonEmpty, relationLabel, type StoredCoMention, type StoredDocument, type StoredEntity, type StoredMention, type StoredRelation } from './graphRows.js';
import { geoPoint, temporal, timeRow } from './storedTime.js';

/** Stable node id (Document.id, Entity.id) → element id of the node this load created. */
export type NodeIds = Map<string, string>;

const CREATE_DOCUMENTS = `
UNWIND $rows AS r
CREATE (n:Document {id: r[0], title: r[1], language: r[2], source: r[3], date: r[4], path: r[5], contentHash: r[6],
                    factsHash: r[7], importedAt: r[8], text: r[9]})
RETURN collect([r[0], elementId(n)]) AS nodes`;

const entityCreation = (type: EntityType) => `
UNWIND $rows AS r
CREATE (n:Entity:${entityLabel(type)} {id: r[0], type: $type, name: r[1], aliases: r[2], aliasText: r[3], nameFolded: r[4],
                 curated: r[5], curation: r[6], degree: toInteger(r[7]), documentCount: toInteger(r[8]),
                 location: ${geoPoint('r[9]')}, placeKind: r[10], dates: r[11],
                 time: r[12], from: ${temporal('r[13]')}, to: ${temporal('r[14]')}, at: ${temporal('r[15]')}, datePrecision: r[16]})
RETURN collect([r[0], elementId(n)]) AS nodes`;

/** Endpoints r[0] and r[1]: element ids when the load created the nodes, else stable ids found through the constraints. */
const endpoints = (byElementId: boolean, from: string, to: string) =>
  byElementId
    ? 'MATCH (a) WHERE elementId(a) = r[0]\nMATCH (b) WHERE elementId(b) = r[1]'
    : `MATCH (a:${from} {id: r[0]})\nMATCH (b:${to} {id: r[1]})`;

const mentionCreation = (byElementId: boolean) => `
UNWIND $rows AS r
${endpoints(byElementId, 'Document', 'Entity')}
CREATE (a)-[:MENTIONS {count: toInteger(r[2]), offsets: [o IN r[3] | toInteger(o)], name: r[4], type: r[5], aliases: r[6],
                       location: ${geoPoint('r[7]')}, placeKind: r[8], dates: r[9]}]->(b)`;

const relationCreation = (type: RelationType, byElementId: boolean) => `
UNWIND $rows AS r
${endpoints(byElementId, 'Entity', 'Entity')}
CREATE (a)-[:${relationLabel(type)} {id: r[2], confidence: r[3], documentIds: r[4], documentConfidences: r[5],
                   documentCount: toInteger(r[6]), evidence: r[7], evidenceCount: toInteger(r[8]), curated: r[9], note: r[10],
                   dates: r[11], time: r[12], from: ${temporal('r[13]')}, to: ${temporal('r[14]')}, at: ${temporal('r[15]')}, datePrecision: r[16]}]->(b)`;

const coMentionCreation = (byElementId: boolean) => `
UNWIND $rows AS r
${endpoints(byElementId, 'Entity', 'Entity')}
CREATE (a)-[:CO_MENTIONED {id: r[2], weight: toInteger(r[3]), documentIds: r[4], documentWeights: [w IN r[5] | toInteger(w)]}]->(b)`;

/**
 * Node statements return one collected list of [id, element id] pairs: returning a row per node after reading r
 * again makes the planner add an Eager (EXPLAIN shows it), and a single list relies on no row order.
 */
async function createNodes(tx: Tx, cypher: string, params: Record<string, unknown>): Promise<[string, string][]> {
  const result = await tx.run(cypher, params);
  return result.records[0]!.get('nodes') as [string, string][];
}

/** An endpoint's element id when `nodes` is given (throws on a node this load did not create), else its stable id. */
function endpoint(nodes: NodeIds | undefined, id: string): string {
  if (!nodes) return id;
  const node = nodes.get(id);
  if (node === undefined) throw new Error(`bulk load: no node was created for id "${id}"`);
  return node;
}


/** Returns [id, element id] of each document created. */
export function createDocuments(tx: Tx, rows: StoredDocument[]): Promise<[string, string][]> {
  return createNodes(tx, CREATE_DOCUMENTS, {
    rows: rows.map((d) => [d.id, d.title, d.language, d.source, d.date, d.path, d.contentHash, d.factsHash, d.importedAt, d.text]),
  });
}

/** Returns [id, element id] of each entity created. */
export function createEntities(tx: Tx, type: EntityType, rows: StoredEntity[]): Promise<[string, string][]> {
  return createNodes(tx, entityCreation(type), {
    type,
    rows: rows.map((e) => [
      e.id, e.name, nonEmpty(e.aliases), e.aliasText, e.nameFolded, e.curated, e.curation, e.degree, e.documentCount,
      e.location ?? null, e.placeKind ?? null, nonEmpty(e.dates), ...timeRow(e),
    ]),
  });
}

export async function createMentions(tx: Tx, rows: StoredMention[], nodes?: NodeIds): Promise<void> {
  await tx.run(mentionCreation(nodes !== undefined), {
    rows: rows.map((m) => [
      // Offsets are empty on a mention only a relation's sentence implies.
      endpoint(nodes, m.documentId), endpoint(nodes, m.entityId), m.count, nonEmpty(m.offsets), m.name, m.type, nonEmpty(m.aliases),
      m.location ?? null, m.placeKind ?? null, nonEmpty(m.dates),
    ]),
  });
}

export async function createRelations(tx: Tx, type: RelationType, rows: StoredRelation[], nodes?: NodeIds): Promise<void> {
  await tx.run(relationCreation(type, nodes !== undefined), {
    rows: rows.map((r) => [
      endpoint(nodes, r.source), endpoint(nodes, r.target), r.id, r.confidence, r.documentIds, r.documentConfidences, r.documentCount, r.evidence, r.evidenceCount, r.curated, r.note,
      nonEmpty(r.dates), ...timeRow(r),
    ]),
  });
}

export async function createCoMentions(tx: Tx, rows: StoredCoMention[], nodes?: NodeIds): Promise<void> {
  await tx.run(coMentionCreation(nodes !== undefined), {
    rows: rows.map((c) => [endpoint(nodes, c.source), endpoint(nodes, c.target), c.id, c.weight, c.documentIds, c.documentWeights]),
  });
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
 * Deletes every imported node and relationship in batches, so a large graph needs no huge transaction: the
 * relationships first, each once from its start node, because one batch of nodes holding a few hubs would otherwise
 * delete millions of relationships at once and overflow the server's transaction memory. The statements driving the
 * batches may outlast the server's transaction timeout, so they have none.
 */
export async function wipeImportedGraph(db: Database): Promise<void> {
  await db.autoCommit(
    'MATCH (n)-[r]->() WHERE n:Entity OR n:Document OR n:ImportState CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS',
    {},
    { timeoutMs: 0 },
  );
  await db.autoCommit(
    'MATCH (n) WHERE n:Entity OR n:Document OR n:ImportState CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS',
    {},
    { timeoutMs: 0 },
  );
}

/**
 * Drops the constraints and indexes (all but the token lookups) before a bulk load: relationships find their
 * endpoints by element id, so nothing needs them during the load, and building each index once afterwards is
 * cheaper than updating it row by row. `applySchema` recreates them; a load cut short leaves its marker, and the
 * next import discards the partial graph and loads again, ending with `applySchema` too.
 */
export async function dropSchemaForBulkLoad(db: Database): Promise<void> {
  const constraints = await db.rows<{ name: string }>('SHOW CONSTRAINTS YIELD name RETURN name');
  for (const { name } of constraints) await db.autoCommit('DROP CONSTRAINT $name IF EXISTS', { name });
  const indexes = await db.rows<{ name: string }>("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name");
  for (const { name } of indexes) await db.autoCommit('DROP INDEX $name IF EXISTS', { name });
}
