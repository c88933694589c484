/**
 * The days each dated relation or event holds, worked out once per scene (spanBounds), so that brushing a period
 * compares strings instead of parsing every span again: a brush over a quarter of a million links has a frame's time.
 */
import { spanBounds, type GraphEdge, type GraphNode, type TimeSpan } from '../../model/index.js';

/** ISO first and last day; null is open (a relation "since 1995" has no last day). */
export interface Bounds {
  first: string | null;
  last: string | null;
}

export interface TimeBounds {
  /** Dated edges by id; an edge missing here is undated. */
  edges: ReadonlyMap<string, Bounds>;
  /** Dated events by id. */
  events: ReadonlyMap<string, Bounds>;
}

function boundsOf(items: Iterable<{ id: string; time?: TimeSpan }>): Map<string, Bounds> {
  const out = new Map<string, Bounds>();
  for (const item of items) {
    if (!item.time) continue;
    const b = spanBounds(item.time);
    if (b) out.set(item.id, b);
  }
  return out;
}

export function timeBounds(nodes: Iterable<GraphNode>, edges: Iterable<GraphEdge>): TimeBounds {
  const events = [...nodes].filter((n) => n.type === 'Event');
  return { edges: boundsOf(edges), events: boundsOf(events) };
}

const yearOf = (iso: string) => Number(iso.slice(0, 4));

/** The years a span covers, open ends running to `openStart` (first known year) or `openEnd` (this year). */
export function yearsOf(b: Bounds, openStart: number, openEnd: number): { from: number; to: number } {
  const from = b.first === null ? openStart : yearOf(b.first);
  const to = b.last === null ? Math.max(openEnd, from) : yearOf(b.last);
  return { from, to };
}

// Worked out once per set of scene items: the graph view, the map and the timeline all ask for the same scene.
const cache = new WeakMap<ReadonlyMap<string, GraphEdge>, { nodes: ReadonlyMap<string, GraphNode>; bounds: TimeBounds }>();

export function sceneTimeBounds(scene: { nodes: ReadonlyMap<string, GraphNode>; edges: ReadonlyMap<string, GraphEdge> }): TimeBounds {
  const hit = cache.get(scene.edges);
  if (hit && hit.nodes === scene.nodes) return hit.bounds;
  const bounds = timeBounds(scene.nodes.values(), scene.edges.values());
  cache.set(scene.edges, { nodes: scene.nodes, bounds });
  return bounds;
}
