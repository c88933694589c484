/**
 * Cypher projections shared by the read queries: an entity as a GraphNode, a relationship as a GraphEdge. Each is
 * one list of fields, written as a map (small answers) or as a positional list (slices: hundreds of rows decode
 * several times faster without repeated keys). Variable names are chosen in code, never taken from input.
 */
import { EvidenceSchema, parseEdgeKey, ReviewSchema, type Evidence, type GraphEdge, type GraphNode, type Review } from '../../model/index.js';
import { timeFromStored } from './storedTime.js';

type Fields<T> = readonly (readonly [keyof T & string, (v: string) => string])[];

/**
 * Where a node is: a place's own point, else the point of the place it is LOCATED_IN (a city before a region before
 * a country, then the surer relation), read as [latitude, longitude, place id]; decoded by `withReview`.
 */
// The subquery's own variables carry a prefix: it is spliced into queries whose variables (`p` for a path, `l` …) it
// would otherwise capture.
const placement = (n: string) => `CASE WHEN ${n}.location IS NOT NULL THEN [${n}.location.latitude, ${n}.location.longitude] ELSE head(COLLECT {
    MATCH (${n})-[placedBy:LOCATED_IN]->(placedAt:Place) WHERE placedAt.location IS NOT NULL
    RETURN [placedAt.location.latitude, placedAt.location.longitude, placedAt.id]
    ORDER BY CASE placedAt.placeKind WHEN 'city' THEN 0 WHEN 'region' THEN 1 ELSE 2 END, placedBy.confidence DESC, placedAt.id LIMIT 1 }) END`;

const NODE: Fields<GraphNode> = [
  ['id', (n) => `${n}.id`],
  ['name', (n) => `${n}.name`],
  ['type', (n) => `${n}.type`],
  ['aliases', (n) => `coalesce(${n}.aliases, [])`],
  ['degree', (n) => `coalesce(${n}.degree, 0)`],
  ['documentCount', (n) => `coalesce(${n}.documentCount, 0)`],
  ['review', (n) => `${n}.review`],
  ['location', placement],
  ['time', (n) => `${n}.time`],
];

/**
 * Weak co-mention links carry no confidence: they report 0 and their sentence count (weight) as evidenceCount.
 * Typed relations store their evidence count; a graph imported before they did is counted from the evidence.
 * Slices return counts only; routes that explain a link (paths, entity details) add the evidence itself.
 */
const COUNTS: Fields<GraphEdge> = [
  ['confidence', (r) => `coalesce(${r}.confidence, 0.0)`],
  ['documentCount', (r) => `coalesce(${r}.documentCount, size(coalesce(${r}.documentIds, [])))`],
  ['evidenceCount', (r) => `CASE type(${r}) WHEN 'CO_MENTIONED' THEN coalesce(${r}.weight, 0) ELSE coalesce(${r}.evidenceCount, size(coalesce(${r}.evidence, []))) END`],
  ['review', (r) => `${r}.review`],
  ['time', (r) => `${r}.time`],
];
const EDGE: Fields<GraphEdge> = [
  ['id', (r) => `${r}.id`],
  ['source', (r) => `startNode(${r}).id`],
  ['target', (r) => `endNode(${r}).id`],
  ['type', (r) => `type(${r})`],
  ...COUNTS,
];
/**
 * A slice's edges number in the thousands: their ends and type come from the id (parseEdgeKey), which spares two
 * node property reads per edge, about a third of a slice's time in Neo4j.
 */
const SLICE_EDGE: Fields<GraphEdge> = [['id', (r) => `${r}.id`], ...COUNTS];

const asMap = <T>(fields: Fields<T>, v: string) => `{${fields.map(([k, f]) => `${k}: ${f(v)}`).join(', ')}}`;
const asList = <T>(fields: Fields<T>, v: string) => `[${fields.map(([, f]) => f(v)).join(', ')}]`;
/** A plain loop: Object.fromEntries over mapped pairs cost several times more on slices of a thousand rows. */
function fromList<T extends { review?: Review }>(fields: Fields<T>, values: unknown[]): T {
  const out: Record<string, unknown> = {};
  for (let i = 0; i < fields.length; i++) out[fields[i]![0]] = values[i];
  return withReview(out as T);
}

/**
 * Reviews and times are stored as JSON (Neo4j properties cannot hold maps) and absent while a claim is proposed or
 * undated: the answer then has no `review` or `time` at all, as the schema says, rather than a null. A node's
 * placement list becomes `location` and, when it is another place's, `locatedAt`.
 */
export function withReview<T extends { review?: Review }>(item: T): T {
  const stored = item.review as unknown;
  if (typeof stored === 'string') item.review = ReviewSchema.parse(JSON.parse(stored));
  else if (stored === null) delete item.review;
  const decoded = item as T & { time?: unknown; location?: unknown; locatedAt?: string };
  if ('time' in decoded) {
    const time = timeFromStored(decoded.time);
    if (time) decoded.time = time;
    else delete decoded.time;
  }
  if ('location' in decoded) {
    const placed = decoded.location;
    if (Array.isArray(placed) && typeof placed[0] === 'number' && typeof placed[1] === 'number') {
      decoded.location = { latitude: placed[0], longitude: placed[1] };
      if (typeof placed[2] === 'string') decoded.locatedAt = placed[2];
    } else delete decoded.location;
  }
  return item;
}

export const nodeFields = (n: string): string => asMap(NODE, n);
export const edgeFields = (r: string): string => asMap(EDGE, r);
export const nodeList = (n: string): string => asList(NODE, n);
export const sliceEdgeList = (r: string): string => asList(SLICE_EDGE, r);
export const nodeFromList = (values: unknown[]): GraphNode => fromList(NODE, values);
/** The review state of an edge in its slice field list (hub links are filtered after they are read). */
export const sliceEdgeReviewState = (values: unknown[]): string => {
  const stored = values[SLICE_EDGE.findIndex(([k]) => k === 'review')];
  return typeof stored === 'string' ? (JSON.parse(stored) as Review).state : 'proposed';
};
export function sliceEdgeFromList(values: unknown[]): GraphEdge {
  const edge = fromList(SLICE_EDGE, values);
  const { source, target, type } = parseEdgeKey(edge.id);
  edge.source = source;
  edge.target = target;
  edge.type = type;
  return edge;
}

const indexOf = <T>(fields: Fields<T>, key: keyof T & string): number => fields.findIndex(([k]) => k === key);
/** Where fields sit in a node's list, for queries that read projected nodes (a slice picks its hubs by degree). */
export const NODE_ID_INDEX = indexOf(NODE, 'id');
export const NODE_DEGREE_INDEX = indexOf(NODE, 'degree');
const SLICE_EDGE_ID_INDEX = indexOf(SLICE_EDGE, 'id');
/** The id of an edge in its slice field list. */
export const sliceEdgeId = (values: unknown[]): string => values[SLICE_EDGE_ID_INDEX] as string;

/** Evidence is stored as JSON strings (Neo4j properties cannot hold maps); parse and check each one. */
export function parseEvidence(stored: unknown): Evidence[] {
  if (!Array.isArray(stored)) return [];
  return stored.map((s) => EvidenceSchema.parse(typeof s === 'string' ? JSON.parse(s) : s));
}
