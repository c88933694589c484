/** What the importer reads about the graph as a whole: counts by entity and relationship type (from Neo4j's count store, cheap at any size) and the stored state of every document. */
import type { Database } from '../database.js';
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '../../model/index.js';
import { entityLabel, relationLabel } from './graphRows.js';

export interface GraphCounts {
  documents: number;
  entities: Record<EntityType, number>;
  relations: Record<RelationType, number>;
  coMentions: number;
}

const count = async (db: Database, cypher: string): Promise<number> => (await db.rows<{ n: number }>(cypher))[0]?.n ?? 0;

export async function countGraph(db: Database): Promise<GraphCounts> {
  const entities = {} as Record<EntityType, number>;
  for (const t of ENTITY_TYPES) entities[t] = await count(db, `MATCH (e:${entityLabel(t)}) RETURN count(e) AS n`);
  const relations = {} as Record<RelationType, number>;
  for (const t of RELATION_TYPES) relations[t] = await count(db, `MATCH ()-[r:${relationLabel(t)}]->() RETURN count(r) AS n`);
  return {
    documents: await count(db, 'MATCH (d:Document) RETURN count(d) AS n'),
    entities,
    relations,
    coMentions: await count(db, 'MATCH ()-[r:CO_MENTIONED]->() RETURN count(r) AS n'),
  };
}

/** MENTIONS relationships, which countGraph leaves out (benchmarks count every row written). */
export const countMentions = (db: Database): Promise<number> => count(db, 'MATCH ()-[r:MENTIONS]->() RETURN count(r) AS n');

export interface DocumentState {
  id: string;
  path: string | null;
  contentHash: string;
  factsHash: string | null;
  importedAt: string;
}

export async function readDocumentStates(db: Database): Promise<DocumentState[]> {
  return db.rows<DocumentState>(
    'MATCH (d:Document) RETURN d.id AS id, d.path AS path, d.contentHash AS contentHash, d.factsHash AS factsHash, d.importedAt AS importedAt',
  );
}
