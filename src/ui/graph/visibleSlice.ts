/** What the graph view should draw: the scene less hidden nodes, less what the filters exclude. */
import type { GraphEdge, GraphNode } from '../../model/index.js';
import { edgePasses, nodePasses, type Filters } from '../state/filters.js';
import type { Scene } from '../state/scene.js';

export interface VisibleSlice {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export function visibleSlice(scene: Scene, filters: Filters, documentEntities: ReadonlySet<string> | null): VisibleSlice {
  // Plain loops: a large view holds hundreds of thousands of edges, and this runs on every scene or filter change.
  const nodes: GraphNode[] = [];
  const ids = new Set<string>();
  for (const n of scene.nodes.values()) {
    if (scene.hidden.has(n.id) || !nodePasses(n, filters, documentEntities)) continue;
    nodes.push(n);
    ids.add(n.id);
  }
  const edges: GraphEdge[] = [];
  for (const e of scene.edges.values()) {
    if (e.source !== e.target && ids.has(e.source) && ids.has(e.target) && edgePasses(e, filters)) edges.push(e);
  }
  return { nodes, edges };
}
