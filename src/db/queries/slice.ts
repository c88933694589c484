/**
 * Graph slices: the neighbourhood of some entities up to a depth (breadth-first, capped), or the best-connected
 * entities, each with the relationships among the chosen nodes. Slices carry evidence counts, never evidence.
 */
import type { Database } from '../database.js';
import { DEFAULT_REVIEW_STATES, REVIEW_STATES, type EntityType, type GraphEdge, type GraphNode, type GraphSlice, type RelationType, type ReviewState } from '../../model/index.js';
import { cypherInt } from './cypherInt.js';
import { NODE_DEGREE_INDEX, NODE_ID_INDEX, nodeFromList, nodeList, sliceEdgeFromList, sliceEdgeList } from './graphFields.js';
import { HUB_DEGREE, linksAmongHubs } from './hubLinks.js';
import { relationPattern } from './relationTypes.js';

export interface SliceFilter {
  types?: EntityType[];
  relations?: RelationType[];
  minConfidence: number;
  includeWeak: boolean;
  /** Default DEFAULT_REVIEW_STATES: rejected claims are left out. */
  reviewStates?: ReviewState[];
}

/**
 * What a filter changes in the text of a query: the relationship types walked, and whether the type and confidence
 * tests are there at all (an unused test still makes Neo4j read the property of every step).
 */
interface Shape {
  rels: string;
  byType: boolean;
  byConfidence: boolean;
  byReview: boolean;
}

function shapeOf(filter: SliceFilter): Shape {
  return {
    rels: relationPattern(filter.relations, filter.includeWeak),
    byType: Boolean(filter.types?.length),
    byConfidence: filter.minConfidence > 0,
    byReview: !REVIEW_STATES.every((state) => reviewStatesOf(filter).includes(state)),
  };
}

const reviewStatesOf = (filter: SliceFilter): readonly ReviewState[] => filter.reviewStates ?? DEFAULT_REVIEW_STATES;

/** Co-mentions have no confidence, so only `includeWeak` governs them. */
const confident = (s: Shape, r: string) => (s.byConfidence ? ` AND (${r}.confidence IS NULL OR ${r}.confidence >= $minConfidence)` : '');
const ofType = (s: Shape, n: string) => (s.byType ? ` AND ${n}.type IN $types` : '');
/** Entities and relations alike: a claim nobody reviewed is proposed. */
const reviewed = (s: Shape, x: string) => (s.byReview ? ` AND coalesce(${x}.reviewState, 'proposed') IN $reviewStates` : '');

/** Edges may outnumber nodes in dense parts; this many per node is more than a drawing can show. */
const EDGES_PER_NODE = 20;

/**
 * One breadth-first level: neighbours of the frontier not seen yet, at most $limit of them (the LIMIT stops the
 * expansion early on hubs). Nodes beyond the room left are dropped and the slice marked truncated.
 */
const level = (s: Shape) => `
CALL (seen, frontier) {
  UNWIND frontier AS f
  MATCH (f)-[r:${s.rels}]-(n:Entity)
  WHERE NOT n IN seen${ofType(s, 'n')}${confident(s, 'r')}${reviewed(s, 'n')}${reviewed(s, 'r')}
  WITH DISTINCT n LIMIT $limit
  RETURN collect(n) AS found
}
WITH seen + found[..($limit - size(seen))] AS seen, found[..($limit - size(seen))] AS frontier,
     truncated OR size(found) > $limit - size(seen) AS truncated`;

/**
 * Hubs of a slice (the first in breadth-first order), whose relationships are not walked to find its links to the
 * other nodes: a hub linked to tens of thousands of entities would cost that many steps, while those links are found
 * from the other end. Links between two hubs come from linksAmongHubs, which walks each hub once per database version.
 */
const MAX_HUBS = 20;

/**
 * The slice's nodes, projected first so that its hubs are picked from the projected degrees (reading each node's
 * degree once), then the relationships among them, each once, except those between two hubs.
 */
const inducedEdges = (s: Shape) => `
WITH seen, truncated, [n IN seen | ${nodeList('n')}] AS nodes
WITH seen, truncated, nodes, [i IN range(0, size(seen) - 1) WHERE nodes[i][${NODE_DEGREE_INDEX}] > $hubDegree][..$maxHubs] AS hubAt
WITH seen, truncated, nodes, [i IN hubAt | seen[i]] AS hubs, [i IN hubAt | nodes[i][${NODE_ID_INDEX}]] AS hubIds
CALL (seen, hubs) {
  UNWIND seen AS a
  WITH a WHERE NOT a IN hubs
  MATCH (a)-[r:${s.rels}]-(b)
  WHERE b IN seen AND (startNode(r) = a OR b IN hubs)${confident(s, 'r')}${reviewed(s, 'r')}
  WITH r LIMIT $edgeLimit
  RETURN collect(${sliceEdgeList('r')}) AS edges
}
WITH nodes, edges, hubIds, truncated, CASE WHEN size(nodes) > size(edges) THEN size(nodes) ELSE size(edges) END AS items
UNWIND range(0, CASE WHEN items > 0 THEN items - 1 ELSE 0 END, $perRecord) AS at
RETURN nodes[at..at + $perRecord] AS nodes, edges[at..at + $perRecord] AS edges, hubIds, truncated`;

function neighbourhoodQuery(depth: number, s: Shape): string {
  const seeds = `
MATCH (s:Entity) WHERE s.id IN $ids
WITH collect(s) AS seeds
WITH seeds[..$limit] AS seen, seeds[..$limit] AS frontier, size(seeds) > $limit AS truncated`;
  return seeds + level(s).repeat(depth) + inducedEdges(s);
}

const overviewQuery = (s: Shape) => `
MATCH (e:Entity) WHERE e.degree IS NOT NULL${ofType(s, 'e')}${reviewed(s, 'e')}
WITH e ORDER BY e.degree DESC, e.id LIMIT $limit
WITH collect(e) AS seen
WITH seen, COUNT { MATCH (e:Entity) } > size(seen) AS truncated` + inducedEdges(s);

/**
 * A slice travels in records of at most this many nodes and edges. The driver decodes a message longer than one Bolt
 * chunk (8 KB) through a slow path that walks every chunk for every string; records this size fit in one, and
 * decoding a slice costs about a third less.
 */
const PER_RECORD = 50;

/** One record of a slice; every record repeats the hubs and the truncation flag. */
interface SliceRow {
  nodes: unknown[][];
  edges: unknown[][];
  hubIds: string[];
  truncated: boolean;
}

/**
 * Reads a slice and adds the links among its hubs. Nodes stay in breadth-first order (seeds first); edges are
 * sorted so equal graphs give equal answers.
 */
async function readSlice(db: Database, cypher: string, filter: SliceFilter, limit: number, extra: Record<string, unknown> = {}): Promise<GraphSlice> {
  const rels = shapeOf(filter).rels;
  const { rows, version } = await db.versionedRows<SliceRow>(cypher, { ...params(filter, limit), ...extra }, { scalarsOnly: true });
  const { hubIds, truncated } = rows[0]!;
  const hubEdges = await linksAmongHubs(db, { version, rels, hubIds, minConfidence: filter.minConfidence, reviewStates: reviewStatesOf(filter) });
  const edgeLimit = limit * EDGES_PER_NODE;
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  for (const row of rows) {
    for (const n of row.nodes) nodes.push(nodeFromList(n));
    for (const e of row.edges) edges.push(sliceEdgeFromList(e));
  }
  for (const e of hubEdges) edges.push(sliceEdgeFromList(e));
  edges.length = Math.min(edges.length, edgeLimit);
  edges.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { nodes, edges, truncated: truncated || edges.length >= edgeLimit, limit };
}

function params(filter: SliceFilter, limit: number): Record<string, unknown> {
  return {
    types: filter.types?.length ? filter.types : null,
    minConfidence: filter.minConfidence,
    reviewStates: reviewStatesOf(filter),
    limit: cypherInt(limit),
    edgeLimit: cypherInt(limit * EDGES_PER_NODE),
    hubDegree: cypherInt(HUB_DEGREE),
    maxHubs: cypherInt(MAX_HUBS),
    perRecord: cypherInt(PER_RECORD),
  };
}

/** The entities `ids` (unknown ids are skipped) and their neighbours up to `depth` hops, at most `limit` nodes. */
export async function neighbourhood(
  db: Database,
  spec: { ids: string[]; depth: number; filter: SliceFilter; limit: number },
): Promise<GraphSlice> {
  return readSlice(db, neighbourhoodQuery(spec.depth, shapeOf(spec.filter)), spec.filter, spec.limit, { ids: spec.ids });
}

/** The `limit` best-connected entities and the relationships among them: a first view of a large graph. */
export async function overview(db: Database, opts: { limit: number; filter: SliceFilter }): Promise<GraphSlice> {
  return readSlice(db, overviewQuery(shapeOf(opts.filter)), opts.filter, opts.limit);
}
