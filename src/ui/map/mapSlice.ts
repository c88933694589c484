/** What the map draws: the visible slice's actors that have a location, and the links between them. */
import type { VisibleSlice } from '../graph/visibleSlice.js';

export interface MapSlice extends VisibleSlice {
  /** Actors in view with no known place, so not on the map. */
  unplaced: number;
}

export function mapSlice(visible: VisibleSlice): MapSlice {
  const ids = new Set<string>();
  const nodes = visible.nodes.filter((n) => {
    if (!n.location) return false;
    ids.add(n.id);
    return true;
  });
  const edges = visible.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  return { nodes, edges, unplaced: visible.nodes.length - nodes.length };
}
