/**
 * Graph slices: the neighbourhood of some entities up to a depth (breadth-first, capped), or the best-connected
 * entities, each with the relationships among the chosen nodes. Slices carry evidence counts, never evidence.
 */
import type { Database } from '../database.js';
import type { EntityType, GraphSlice, RelationType } from '../../model/index.js';
import { cypherInt } from './cypherInt.js';
import { edgeFromList, edgeList, nodeFromList, nodeList } from './graphFields.js';
import { relationPattern } from './relationTypes.js';

export interface SliceFilter {
  types?: EntityType[];
  relations?: RelationType[];
  minConfidence: number;
  includeWeak: boolean;
}

/**
 * What a filter changes in the text of a query: the relationship types walked, and whether the type and confidence
 * tests are there at all (an unused test still makes Neo4j read the property of every step).
 */
interface Shape {
  rels: string;
  byType: boolean;
  byConfidence: boolean;
}

function shapeOf(filter: SliceFilter): Shape {
  return {
    rels: relationPattern(filter.relations, filter.includeWeak),
    byType: Boolean(filter.types?.length),
    byConfidence: filter.minConfidence > 0,
  };
}

/** Co-mentions have no confidence, so only `includeWeak` governs them. */
const confident = (s: Shape, r: string) => (s.byConfidence ? ` AND (${r}.confidence IS NULL OR ${r}.confidence >= $minConfidence)` : '');
const ofType = (s: Shape, n: string) => (s.byType ? ` AND ${n}.type IN $types` : '');

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
  WHERE NOT n IN seen${ofType(s, 'n')}${confident(s, 'r')}
  WITH DISTINCT n LIMIT $limit
  RETURN collect(n) AS found
}
WITH seen + found[..($limit - size(seen))] AS seen, found[..($limit - size(seen))] AS frontier,
     truncated OR size(found) > $limit - size(seen) AS truncated`;

/**
 * Hubs of a slice, whose relationships are not walked to find its links to the other nodes: a hub linked to tens of
 * thousands of entities would cost that many steps, while those links are found from the other end. Links between
 * two hubs are found from the smaller one: each hub but the largest walks its relationships once, keeping those to
 * larger hubs. Checking each pair instead (Expand(Into), which walks the smaller side of every pair) walks a hub once
 * per larger hub: on the benchmark graph that was half of all the work of a depth-2 slice.
 */
const HUB_DEGREE = 1000;
const MAX_HUBS = 20;

/** Relationships among the slice's nodes, each once. */
const inducedEdges = (s: Shape) => `
CALL (seen) {
  UNWIND seen AS x
  WITH x WHERE x.degree > $hubDegree
  WITH x ORDER BY x.degree DESC LIMIT $maxHubs
  RETURN collect(x) AS hubs
}
CALL (seen, hubs) {
  CALL (seen, hubs) {
    UNWIND seen AS a
    WITH a WHERE NOT a IN hubs
    MATCH (a)-[r:${s.rels}]-(b)
    WHERE b IN seen AND (startNode(r) = a OR b IN hubs)${confident(s, 'r')}
    RETURN r
    UNION ALL
    UNWIND range(1, size(hubs) - 1) AS i
    WITH hubs[i] AS a, hubs[..i] AS larger
    MATCH (a)-[r:${s.rels}]-(b)
    WHERE b IN larger${confident(s, 'r')}
    RETURN r
  }
  WITH r LIMIT $edgeLimit
  RETURN collect(${edgeList('r')}) AS edges
}
RETURN [n IN seen | ${nodeList('n')}] AS nodes, edges, truncated OR size(edges) >= $edgeLimit AS truncated`;

function neighbourhoodQuery(depth: number, s: Shape): string {
  const seeds = `
MATCH (s:Entity) WHERE s.id IN $ids
WITH collect(s) AS seeds
WITH seeds[..$limit] AS seen, seeds[..$limit] AS frontier, size(seeds) > $limit AS truncated`;
  return seeds + level(s).repeat(depth) + inducedEdges(s);
}

const overviewQuery = (s: Shape) => `
MATCH (e:Entity) WHERE e.degree IS NOT NULL${ofType(s, 'e')}
WITH e ORDER BY e.degree DESC, e.id LIMIT $limit
WITH collect(e) AS seen
WITH seen, COUNT { MATCH (e:Entity) } > size(seen) AS truncated` + inducedEdges(s);

interface SliceRow {
  nodes: unknown[][];
  edges: unknown[][];
  truncated: boolean;
}

/** Nodes stay in breadth-first order (seeds first); edges are sorted so equal graphs give equal answers. */
function toSlice(row: SliceRow | undefined, limit: number): GraphSlice {
  const edges = row!.edges.map(edgeFromList).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { nodes: row!.nodes.map(nodeFromList), edges, truncated: row!.truncated, limit };
}

function params(filter: SliceFilter, limit: number): Record<string, unknown> {
  return {
    types: filter.types?.length ? filter.types : null,
    minConfidence: filter.minConfidence,
    limit: cypherInt(limit),
    edgeLimit: cypherInt(limit * EDGES_PER_NODE),
    hubDegree: cypherInt(HUB_DEGREE),
    maxHubs: cypherInt(MAX_HUBS),
  };
}

/** The entities `ids` (unknown ids are skipped) and their neighbours up to `depth` hops, at most `limit` nodes. */
export async function neighbourhood(
  db: Database,
  spec: { ids: string[]; depth: number; filter: SliceFilter; limit: number },
): Promise<GraphSlice> {
  const [row] = await db.rows<SliceRow>(
    neighbourhoodQuery(spec.depth, shapeOf(spec.filter)),
    { ...params(spec.filter, spec.limit), ids: spec.ids },
    { scalarsOnly: true },
  );
  return toSlice(row, spec.limit);
}

/** The `limit` best-connected entities and the relationships among them: a first view of a large graph. */
export async function overview(db: Database, opts: { limit: number; filter: SliceFilter }): Promise<GraphSlice> {
  const [row] = await db.rows<SliceRow>(overviewQuery(shapeOf(opts.filter)), params(opts.filter, opts.limit), { scalarsOnly: true });
  return toSlice(row, opts.limit);
}
