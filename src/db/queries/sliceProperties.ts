/**
 * Every stored property of a slice's nodes and relationships, for an export that recreates them elsewhere. Points
 * and dates come apart from the plain properties (as [latitude, longitude] and ISO strings), so the export can
 * write them back as `point()` and `date()` rather than as text.
 */
import type { Database } from '../database.js';
import type { GraphSlice } from '../../model/index.js';

const DAYS = (v: string) => `{from: toString(${v}.from), to: toString(${v}.to), at: toString(${v}.at)}`;

/** The Neo4j dates of a node or relationship, as ISO days (null where absent). */
export interface StoredDays {
  from: string | null;
  to: string | null;
  at: string | null;
}

const NODES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, e.type AS type, e {.*, location: null, from: null, to: null, at: null} AS properties,
  CASE WHEN e.location IS NULL THEN null ELSE [e.location.latitude, e.location.longitude] END AS location,
  ${DAYS('e')} AS days ORDER BY id`;

const EDGES = `
UNWIND $edges AS edge
MATCH (a:Entity {id: edge.source})-[r]->(b:Entity {id: edge.target})
WHERE r.id = edge.id AND type(r) = edge.type
RETURN r.id AS id, a.id AS source, b.id AS target, type(r) AS type, r {.*, from: null, to: null, at: null} AS properties,
  ${DAYS('r')} AS days ORDER BY id`;

export interface StoredNode {
  id: string;
  type: string;
  properties: Record<string, unknown>;
  location?: [number, number] | null;
  days?: StoredDays;
}
export interface StoredEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  properties: Record<string, unknown>;
  days?: StoredDays;
}

export async function sliceProperties(db: Database, slice: GraphSlice): Promise<{ nodes: StoredNode[]; edges: StoredEdge[] }> {
  const edges = slice.edges.map(({ id, source, target, type }) => ({ id, source, target, type }));
  const [n, e] = await Promise.all([
    db.rows<StoredNode>(NODES, { ids: slice.nodes.map((x) => x.id) }),
    db.rows<StoredEdge>(EDGES, { edges }),
  ]);
  return { nodes: n, edges: e };
}
