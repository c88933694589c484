/** What the graph view should draw: the scene less hidden nodes, less what the filters exclude. */
import type { GraphEdge, GraphNode } from '../../model/index.js';
import { edgePasses, nodePasses, type Filters } from '../state/filters.js';
import type { Scene } from '../state/scene.js';

export interface VisibleSlice {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export function visibleSlice(scene: Scene, filters: Filters, documentEntities: ReadonlySet<string> | null): VisibleSlice {
  const nodes = [...scene.nodes.values()].filter((n) => !scene.hidden.has(n.id) && nodePasses(n, filters, documentEntities));
  const ids = new Set(nodes.map((n) => n.id));
  const edges = [...scene.edges.values()].filter(
    (e) => e.source !== e.target && ids.has(e.source) && ids.has(e.target) && edgePasses(e, filters),
  );
  return { nodes, edges };
}
