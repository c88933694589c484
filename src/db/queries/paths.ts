/**
 * Connections between entities over typed relations, traversed in both directions: shortest, all shortest, or the
 * k shortest paths between two of them, and the shortest path of each pair among several (for the Steiner tree).
 */
import type { Database } from '../database.js';
import { DEFAULT_REVIEW_STATES, type Evidence, type GraphEdge, type GraphNode, type RelationType, type ReviewState } from '../../model/index.js';
import { NotFoundError } from '../../errors.js';
import { cypherInt } from './cypherInt.js';
import { edgeFields, nodeFields, parseEvidence, withReview } from './graphFields.js';
import { relationPattern } from './relationTypes.js';

export type PathMode = 'shortest' | 'all-shortest' | 'k';

export interface FoundPath {
  nodes: GraphNode[];
  hops: (GraphEdge & { evidence: Evidence[] })[];
}

interface PathRow {
  nodes: GraphNode[];
  hops: { edge: GraphEdge; evidence: unknown }[];
}

/** Paths beyond this many are dropped in `all-shortest` mode: hubs can tie thousands of equally short paths. */
export const ALL_SHORTEST_CAP = 50;

/** Path bounds and k are Cypher literals (5.26 takes no parameters there); they come from validated integers only. */
function literal(n: number, min: number, max: number): string {
  if (!Number.isInteger(n) || n < min || n > max) throw new RangeError(`path bound ${n} outside ${min}..${max}`);
  return String(n);
}

const pathMap = (p: string) =>
  `{nodes: [n IN nodes(${p}) | ${nodeFields('n')}],
    hops: [r IN relationships(${p}) | {edge: ${edgeFields('r')}, evidence: r.evidence}]}`;

/** Paths walk only relations in the asked review states (rejected ones are left out by default). */
const REVIEWED = `coalesce(r.reviewState, 'proposed') IN $reviewStates`;

function pathPattern(mode: PathMode, rels: string, maxHops: number, k: number): string {
  const hops = literal(maxHops, 1, 8);
  if (mode === 'k') return `p = SHORTEST ${literal(k, 1, 20)} (a)-[r:${rels} WHERE ${REVIEWED}]-{1,${hops}}(b)`;
  const fn = mode === 'shortest' ? 'shortestPath' : 'allShortestPaths';
  return `p = ${fn}((a)-[:${rels}*..${hops}]-(b)) WHERE all(r IN relationships(p) WHERE ${REVIEWED})`;
}

const pathsQuery = (pattern: string) => `
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  MATCH ${pattern}
  WITH p LIMIT $cap
  RETURN collect(${pathMap('p')}) AS paths
}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound,
       CASE WHEN a IS NULL THEN null ELSE ${nodeFields('a')} END AS start, paths`;

function toFoundPath(row: PathRow): FoundPath {
  return { nodes: row.nodes.map(withReview), hops: row.hops.map((h) => withReview({ ...h.edge, evidence: parseEvidence(h.evidence) })) };
}

/** Paths from one entity to another, shortest first; none (not an error) when they are not connected. */
export async function findPaths(
  db: Database,
  q: { from: string; to: string; maxHops: number; relations?: RelationType[]; mode: PathMode; k: number; reviewStates?: ReviewState[] },
): Promise<{ paths: FoundPath[]; truncated: boolean }> {
  const limit = q.mode === 'k' ? q.k : q.mode === 'shortest' ? 1 : ALL_SHORTEST_CAP;
  const [row] = await db.rows<{ fromFound: boolean; toFound: boolean; start: GraphNode | null; paths: PathRow[] }>(
    pathsQuery(pathPattern(q.mode, relationPattern(q.relations), q.maxHops, q.k)),
    // One more than wanted, to tell whether the cap cut anything.
    { from: q.from, to: q.to, cap: cypherInt(limit + 1), reviewStates: q.reviewStates ?? DEFAULT_REVIEW_STATES },
  );
  const missing = [!row!.fromFound && q.from, !row!.toFound && q.to].filter(Boolean);
  if (missing.length) throw new NotFoundError(`no entity with id ${missing.map((id) => `"${id}"`).join(' or ')}`);
  // An entity is linked to itself by the empty path.
  if (q.from === q.to) return { paths: [{ nodes: [withReview(row!.start!)], hops: [] }], truncated: false };
  return { paths: row!.paths.slice(0, limit).map(toFoundPath), truncated: row!.paths.length > limit };
}

const pairsQuery = (rels: string, maxHops: string) => `
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
WITH collect(CASE WHEN e IS NULL THEN id END) AS missing, collect(e) AS found
CALL (found) {
  UNWIND range(0, size(found) - 2) AS i
  UNWIND range(i + 1, size(found) - 1) AS j
  WITH found[i] AS a, found[j] AS b
  OPTIONAL MATCH p = shortestPath((a)-[:${rels}*..${maxHops}]-(b)) WHERE all(r IN relationships(p) WHERE ${REVIEWED})
  RETURN collect({from: a.id, to: b.id, path: CASE WHEN p IS NULL THEN null ELSE ${pathMap('p')} END}) AS pairs
}
RETURN missing, [n IN found | ${nodeFields('n')}] AS terminals, pairs`;

export interface PairPath {
  from: string;
  to: string;
  path: FoundPath | null;
}

/** The given entities and a shortest path for every pair of them; null where a pair is not connected. */
export async function pairwiseShortestPaths(
  db: Database,
  q: { ids: string[]; maxHops: number; relations?: RelationType[]; reviewStates?: ReviewState[] },
): Promise<{ terminals: GraphNode[]; pairs: PairPath[] }> {
  const ids = [...new Set(q.ids)];
  const [row] = await db.rows<{
    missing: string[];
    terminals: GraphNode[];
    pairs: { from: string; to: string; path: PathRow | null }[];
  }>(
    pairsQuery(relationPattern(q.relations), literal(q.maxHops, 1, 8)),
    { ids, reviewStates: q.reviewStates ?? DEFAULT_REVIEW_STATES },
  );
  if (row!.missing.length) {
    throw new NotFoundError(`no entity with id ${row!.missing.map((id) => `"${id}"`).join(', ')}`);
  }
  const pairs = row!.pairs.map((p) => ({ from: p.from, to: p.to, path: p.path && toFoundPath(p.path) }));
  // Back in request order: the first id is the one `unreachable` is measured from.
  const terminals = ids.map((id) => withReview(row!.terminals.find((n) => n.id === id)!));
  return { terminals, pairs };
}
