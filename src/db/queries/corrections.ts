/** The curated state of the graph: entities a person corrected and relations a person added (graph-data/curated). */
import { recordsToRows, type Database, type Tx } from '../database.js';
import type { EntityType } from '../../model/index.js';
import type { ReadRelationship } from './documentContributions.js';

export interface CuratedState {
  entities: { id: string; curation: string | null }[];
  relationships: ReadRelationship[];
}

// A relation added by hand joins two curated entities, so it is found from them without scanning all relationships.
const CURATED_STATE = `
MATCH (e:Entity) WHERE e.curated = true
RETURN e.id AS id, e.curation AS curation,
  COLLECT { MATCH (e)-[r]->(o:Entity) WHERE r.curated = true
            RETURN {type: type(r), source: e.id, target: o.id, props: properties(r)} } AS relationships`;

export async function readCuratedState(tx: Tx): Promise<CuratedState> {
  const rows = recordsToRows<{ id: string; curation: string | null; relationships: ReadRelationship[] }>(await tx.run(CURATED_STATE));
  return { entities: rows.map(({ id, curation }) => ({ id, curation })), relationships: rows.flatMap((r) => r.relationships) };
}

export async function setEntityCuration(tx: Tx, rows: { id: string; curated: boolean; curation: string | null }[]): Promise<void> {
  await tx.run('UNWIND $rows AS r MATCH (e:Entity {id: r.id}) SET e.curated = r.curated, e.curation = r.curation', { rows });
}

const MERGE_PREVIEW = `
MATCH (f:Entity {id: $from}), (i:Entity {id: $into})
RETURN {id: f.id, name: f.name, type: f.type, aliases: coalesce(f.aliases, [])} AS from,
       {id: i.id, name: i.name, type: i.type, aliases: coalesce(i.aliases, [])} AS into,
       COUNT { MATCH (f)-[r]-(o:Entity) WHERE type(r) <> 'CO_MENTIONED' AND o <> i } AS relationCount,
       COUNT { MATCH (d:Document)-[:MENTIONS]->(f) } AS documentCount`;

export interface MergePreviewRow {
  from: { id: string; name: string; type: EntityType; aliases: string[] };
  into: { id: string; name: string; type: EntityType; aliases: string[] };
  relationCount: number;
  documentCount: number;
}

/** Both entities of a merge and what would move; undefined when either is not in the graph. */
export async function mergePreview(db: Database, from: string, into: string): Promise<MergePreviewRow | undefined> {
  const [row] = await db.rows<MergePreviewRow>(MERGE_PREVIEW, { from, into });
  return row;
}

/** The ids among `ids` that the graph holds. */
export async function entitiesPresent(db: Database, ids: string[]): Promise<Set<string>> {
  const rows = await db.rows<{ id: string }>('MATCH (e:Entity) WHERE e.id IN $ids RETURN e.id AS id', { ids });
  return new Set(rows.map((r) => r.id));
}
