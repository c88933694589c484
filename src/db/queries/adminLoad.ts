/**
 * What a load through neo4j-admin needs from Cypher afterwards: empty lists put back (neo4j-admin stores no property
 * for an empty array field, where the UNWIND path stores []) and node and relationship totals to verify the store.
 */
import type { Database } from '../database.js';

/** Labels, types and property names are interpolated only after this check: they come from the CSV writer's columns. */
const NAME = /^[A-Za-z_]+$/;
const checked = (name: string) => {
  if (!NAME.test(name)) throw new Error(`admin load: not a label, type or property name: ${JSON.stringify(name)}`);
  return name;
};

/** Sets `property` to [] wherever it is missing on nodes with `label` (kind node) or relationships of `type`. */
export async function restoreEmptyLists(db: Database, kind: 'node' | 'relationship', labelOrType: string, property: string): Promise<void> {
  const [name, prop] = [checked(labelOrType), checked(property)];
  const match = kind === 'node' ? `MATCH (x:${name})` : `MATCH ()-[x:${name}]->()`;
  await db.autoCommit(`${match} WHERE x.${prop} IS NULL CALL (x) { SET x.${prop} = [] } IN TRANSACTIONS OF 20000 ROWS`, {}, { timeoutMs: 0 });
}

/** Nodes and relationships in the database, from Neo4j's count store. */
export async function countStore(db: Database): Promise<{ nodes: number; relationships: number }> {
  const rows = await db.rows<{ nodes: number; relationships: number }>(
    'RETURN COUNT { MATCH (n) RETURN n } AS nodes, COUNT { MATCH ()-[r]->() RETURN r } AS relationships',
  );
  return rows[0]!;
}
