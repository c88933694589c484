/**
 * Brings the drawn graph in line with the visible slice: adds, updates and drops nodes and edges in place, so Sigma
 * and a running layout keep their positions. Positions of dropped nodes are remembered for when they come back.
 */
import { edgeProgramFor, FAST_EDGE_PROGRAM, FAST_NODE_PROGRAM, type Detail } from './levelOfDetail.js';
import { edgeColour } from './palette.js';
import { placeNodes } from './placement.js';
import type { AtlasGraph } from './types.js';
import type { VisibleSlice } from './visibleSlice.js';

export type PositionMemory = Map<string, { x: number; y: number }>;

export interface SyncResult {
  added: string[];
  removed: string[];
}

export function syncGraph(
  graph: AtlasGraph,
  slice: VisibleSlice,
  pinned: ReadonlySet<string>,
  memory: PositionMemory,
  detail: Detail = 'full',
): SyncResult {
  const fast = detail === 'fast';
  const wantedNodes = new Set(slice.nodes.map((n) => n.id));
  const removed: string[] = [];
  graph.forEachNode((id, a) => {
    if (!wantedNodes.has(id)) removed.push(id);
    else memory.set(id, { x: a.x, y: a.y });
  });
  for (const id of removed) {
    memory.set(id, { x: graph.getNodeAttribute(id, 'x'), y: graph.getNodeAttribute(id, 'y') });
    graph.dropNode(id);
  }

  const added: string[] = [];
  for (const n of slice.nodes) {
    const summary = { label: n.name, entityType: n.type, degree: n.degree, documentCount: n.documentCount, fixed: pinned.has(n.id) };
    if (graph.hasNode(n.id)) {
      graph.mergeNodeAttributes(n.id, summary);
      continue;
    }
    const at = memory.get(n.id) ?? { x: NaN, y: NaN };
    graph.addNode(n.id, { ...summary, ...at, size: 4, color: '#868e96', type: fast ? FAST_NODE_PROGRAM : undefined });
    added.push(n.id);
  }

  const wantedEdges = new Set(slice.edges.map((e) => e.id));
  graph.forEachEdge((id) => {
    if (!wantedEdges.has(id)) graph.dropEdge(id);
  });
  for (const e of slice.edges) {
    if (graph.hasEdge(e.id)) {
      graph.mergeEdgeAttributes(e.id, { confidence: e.confidence });
      continue;
    }
    graph.addEdgeWithKey(e.id, e.source, e.target, {
      relation: e.type,
      confidence: e.confidence,
      size: e.type === 'CO_MENTIONED' ? 0.5 : 1,
      color: edgeColour(e.type),
      type: fast ? FAST_EDGE_PROGRAM : edgeProgramFor(e.type),
    });
  }

  placeNodes(graph, added, (id) => memory.has(id));
  return { added, removed };
}
