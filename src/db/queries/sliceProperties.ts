/** Every stored property of a slice's nodes and relationships, for an export that recreates them elsewhere. */
import type { Database } from '../database.js';
import type { GraphSlice } from '../../model/index.js';

const NODES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, e.type AS type, properties(e) AS properties ORDER BY id`;

const EDGES = `
UNWIND $edges AS edge
MATCH (a:Entity {id: edge.source})-[r]->(b:Entity {id: edge.target})
WHERE r.id = edge.id AND type(r) = edge.type
RETURN r.id AS id, a.id AS source, b.id AS target, type(r) AS type, properties(r) AS properties ORDER BY id`;

export interface StoredNode {
  id: string;
  type: string;
  properties: Record<string, unknown>;
}
export interface StoredEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  properties: Record<string, unknown>;
}

export async function sliceProperties(db: Database, slice: GraphSlice): Promise<{ nodes: StoredNode[]; edges: StoredEdge[] }> {
  const edges = slice.edges.map(({ id, source, target, type }) => ({ id, source, target, type }));
  const [n, e] = await Promise.all([
    db.rows<StoredNode>(NODES, { ids: slice.nodes.map((x) => x.id) }),
    db.rows<StoredEdge>(EDGES, { edges }),
  ]);
  return { nodes: n, edges: e };
}
