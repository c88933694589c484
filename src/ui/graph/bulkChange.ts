import type Sigma from 'sigma';
import { DrawnGraph } from './drawnGraph.js';
import type { AtlasGraph, EdgeAttributes, NodeAttributes } from './types.js';

const BULK_CHANGE = 5000;
const DETACHED: AtlasGraph = new DrawnGraph();

/**
 * Sigma indexes each item as it is added; for a big change it is faster to detach it and index once after. Detaches
 * when going from `graph` to `next` changes more than BULK_CHANGE items; the caller re-attaches with `setGraph(graph)`
 * when this returns true.
 */
export function detachForBulkChange(
  sigma: Sigma<NodeAttributes, EdgeAttributes>,
  graph: AtlasGraph,
  next: { nodes: readonly unknown[]; edges: readonly unknown[] },
): boolean {
  const bulk = Math.abs(next.nodes.length - graph.order) + Math.abs(next.edges.length - graph.size) > BULK_CHANGE;
  if (bulk) sigma.setGraph(DETACHED);
  return bulk;
}
