/** Node metrics the user can size by, computed on the graph as drawn (graphology-metrics). */
import betweenness from 'graphology-metrics/centrality/betweenness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { SizeBy } from '../state/appState.js';
import type { AtlasGraph } from './types.js';

/** Betweenness is O(nodes × edges): above this many nodes it would freeze the page. */
export const BETWEENNESS_MAX_NODES = 3000;

export function metricAvailable(metric: SizeBy, graph: AtlasGraph): boolean {
  return metric !== 'betweenness' || graph.order <= BETWEENNESS_MAX_NODES;
}

/** Value of the metric per node; degree is the entity's degree in the whole database, not just in view. */
export function computeMetric(graph: AtlasGraph, metric: SizeBy): Map<string, number> {
  const values = new Map<string, number>();
  if (metric === 'degree' || !metricAvailable(metric, graph) || graph.size === 0) {
    graph.forEachNode((id, a) => values.set(id, metric === 'degree' ? a.degree : graph.degree(id)));
    return values;
  }
  const mapping = metric === 'pagerank' ? pagerank(graph, { getEdgeWeight: null }) : betweenness(graph, { getEdgeWeight: null });
  for (const [id, v] of Object.entries(mapping)) values.set(id, v);
  return values;
}

/** The pixel size of a metric value when `top` is the largest: by square root, so area follows the value. */
export function sizeScale(top: number, nodeCount: number): (value: number) => number {
  const [min, max] = nodeCount > 5000 ? [1.5, 10] : [3, 18];
  return (v) => (top > 0 ? min + (max - min) * Math.sqrt(Math.max(v, 0) / top) : min);
}
