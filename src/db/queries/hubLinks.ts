/**
 * Links between hubs (entities with over HUB_DEGREE relations) for graph slices, cached per database version.
 * Finding them means walking a hub's relationships, tens of thousands on a power-law graph, and most slices of such
 * a graph hold a few hubs: walking them on every request was the larger part of a slice's cost. The cache keeps, for
 * each hub walked, its relationships to every hub, and is dropped as soon as a read sees another version of the
 * database (any committed write), so it never answers with a link that is gone or misses a new one.
 */
import type { Database } from '../database.js';
import { cypherInt } from './cypherInt.js';
import { sliceEdgeId, sliceEdgeList, sliceEdgeReviewState } from './graphFields.js';

export const HUB_DEGREE = 1000;

/** A relationship from a hub to a hub: the other end, the stored confidence (none on co-mentions), the edge fields. */
interface HubLink {
  other: string;
  confidence: number | null;
  edge: unknown[];
}

/** `rels` is a relationship-type alternative built from the validated enums (relationPattern). */
const hubLinksQuery = (rels: string) => `
MATCH (h:Entity) WHERE h.degree > $hubDegree
WITH collect(h) AS hubs
UNWIND $ids AS id
MATCH (a:Entity {id: id})
CALL (a, hubs) {
  MATCH (a)-[r:${rels}]-(b)
  WHERE b IN hubs
  RETURN collect({other: b.id, confidence: r.confidence, edge: ${sliceEdgeList('r')}}) AS links
}
RETURN id, links`;

/** Walks of hubs, keyed by relationship types and hub id, valid for one database version. */
interface Cache {
  version: string;
  links: Map<string, HubLink[]>;
}

const caches = new WeakMap<Database, Cache>();
/** Hubs times relationship-type choices; far more than a graph has, a bound in case of a runaway. */
const MAX_ENTRIES = 10_000;

async function walkHubs(db: Database, version: string, rels: string, ids: string[]): Promise<Map<string, HubLink[]>> {
  let cache = caches.get(db);
  if (cache?.version !== version) caches.set(db, (cache = { version, links: new Map() }));
  const key = (id: string) => `${rels} ${id}`;
  // Without a bookmark there is no telling whether the graph changed since: nothing is cached then.
  const cacheable = version !== '';
  const walked = new Map<string, HubLink[]>();
  for (const id of cacheable ? ids : []) {
    const links = cache.links.get(key(id));
    if (links) walked.set(id, links);
  }
  const missing = ids.filter((id) => !walked.has(id));
  if (missing.length === 0) return walked;
  const read = await db.versionedRows<{ id: string; links: HubLink[] }>(
    hubLinksQuery(rels),
    { ids: missing, hubDegree: cypherInt(HUB_DEGREE) },
    { scalarsOnly: true },
  );
  // Written to in between: these walks answer this request but describe a newer version than the cache's.
  const keep = cacheable && read.version === version;
  if (keep && cache.links.size + missing.length > MAX_ENTRIES) cache.links.clear();
  for (const row of read.rows) {
    walked.set(row.id, row.links);
    if (keep) cache.links.set(key(row.id), row.links);
  }
  return walked;
}

/**
 * The relationships among the hubs `hubIds` of a slice read at `version`, over `rels`, as edge field lists, each once.
 * Co-mentions have no confidence, so only the relationship types govern them.
 */
export async function linksAmongHubs(
  db: Database,
  slice: { version: string; rels: string; hubIds: string[]; minConfidence: number; reviewStates: readonly string[] },
): Promise<unknown[][]> {
  if (slice.hubIds.length < 2) return [];
  const walked = await walkHubs(db, slice.version, slice.rels, slice.hubIds);
  const inSlice = new Set(slice.hubIds);
  const taken = new Set<string>();
  const edges: unknown[][] = [];
  for (const links of walked.values()) {
    for (const link of links) {
      // Both ends of a link are hubs of the slice, so each link is walked twice; its id tells.
      const id = sliceEdgeId(link.edge);
      if (!inSlice.has(link.other) || taken.has(id)) continue;
      if (link.confidence !== null && link.confidence < slice.minConfidence) continue;
      if (!slice.reviewStates.includes(sliceEdgeReviewState(link.edge))) continue;
      taken.add(id);
      edges.push(link.edge);
    }
  }
  return edges;
}
