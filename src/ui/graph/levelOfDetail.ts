/**
 * Large graphs are drawn with Sigma's cheapest programs (one-pixel lines, point sprites): with software WebGL, quads
 * with anti-aliased edges and arrow heads cost several times more per item, and at tens of thousands of items the
 * difference is between an interactive view and a frozen one.
 */
import { isSymmetric, type EdgeType } from '../../model/index.js';
import type { AtlasGraph } from './types.js';

export const FAST_ABOVE_NODES = 5000;
export const FAST_ABOVE_EDGES = 15_000;

export type Detail = 'full' | 'fast';

export function detailFor(nodes: number, edges: number): Detail {
  return nodes > FAST_ABOVE_NODES || edges > FAST_ABOVE_EDGES ? 'fast' : 'full';
}

/** Program names registered in the graph view's settings. */
export const FAST_NODE_PROGRAM = 'point' as const;
export const FAST_EDGE_PROGRAM = 'fast' as const;

/** Sets the programs of every node and edge for the level of detail. */
export function applyDetail(graph: AtlasGraph, detail: Detail): void {
  const fast = detail === 'fast';
  // In place, as in applyAppearance: hundreds of thousands of copies would only feed the garbage collector.
  graph.updateEachNodeAttributes((_, a) => {
    a.type = fast ? FAST_NODE_PROGRAM : undefined;
    return a;
  });
  graph.updateEachEdgeAttributes((_, a) => {
    a.type = fast ? FAST_EDGE_PROGRAM : edgeProgramFor(a.relation);
    return a;
  });
}

/** The detailed program of an edge: arrows show direction; symmetric relations and co-mentions have none. */
export function edgeProgramFor(type: EdgeType): 'arrow' | 'line' {
  return type === 'CO_MENTIONED' || isSymmetric(type) ? 'line' : 'arrow';
}
