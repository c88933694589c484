/** Sizes of the graph for the health route in one statement, from Neo4j's count store (constant time at any size). */
import type { Database } from '../database.js';
import { RELATION_TYPES } from '../../model/index.js';
import { relationPattern } from './relationTypes.js';

// One count per relationship type: the count store answers single-type counts directly.
const SIZE = `
CALL () {
  ${RELATION_TYPES.map((t) => `MATCH ()-[r:${relationPattern([t])}]->() RETURN count(r) AS c`).join('\n  UNION ALL\n  ')}
}
WITH sum(c) AS relations
RETURN COUNT { MATCH (e:Entity) } AS entities, relations, COUNT { MATCH (d:Document) } AS documents`;

export async function graphSize(db: Database): Promise<{ entities: number; relations: number; documents: number }> {
  const [row] = await db.rows<{ entities: number; relations: number; documents: number }>(SIZE);
  return row!;
}
