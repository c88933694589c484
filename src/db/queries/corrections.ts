/** The curated state of the graph: entities a person corrected and relations a person added (graph-data/curated). */
import { recordsToRows, type Tx } from '../database.js';
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
