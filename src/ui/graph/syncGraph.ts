/**
 * Brings the drawn graph in line with the visible slice: adds, updates and drops nodes and edges in place, so Sigma
 * and a running layout keep their positions. Positions of dropped nodes are remembered for when they come back.
 */
import { reviewStateOf } from '../state/filters.js';
import { edgeAttributes, edgeSize, nodeAttributes } from './attributes.js';
import { edgeColour } from './palette.js';
import type { Detail } from './levelOfDetail.js';
import { placeNodes } from './placement.js';
import type { AtlasGraph } from './types.js';
import type { VisibleSlice } from './visibleSlice.js';

export type PositionMemory = Map<string, { x: number; y: number }>;

export interface SyncResult {
  added: string[];
  removed: string[];
}

/** Drops what the slice no longer holds, remembering where each node was. */
function dropUnwanted(graph: AtlasGraph, slice: VisibleSlice, memory: PositionMemory): string[] {
  const wantedNodes = new Set(slice.nodes.map((n) => n.id));
  const removed: string[] = [];
  graph.forEachNode((id, a) => {
    if (!wantedNodes.has(id)) removed.push(id);
    memory.set(id, { x: a.x, y: a.y });
  });
  for (const id of removed) graph.dropNode(id);
  const wantedEdges = new Set(slice.edges.map((e) => e.id));
  const unwanted: string[] = [];
  graph.forEachEdge((id) => {
    if (!wantedEdges.has(id)) unwanted.push(id);
  });
  for (const id of unwanted) graph.dropEdge(id);
  return removed;
}

export function syncGraph(
  graph: AtlasGraph,
  slice: VisibleSlice,
  pinned: ReadonlySet<string>,
  memory: PositionMemory,
  detail: Detail = 'full',
): SyncResult {
  // An empty graph (the first view) has nothing to compare, update or drop.
  const empty = graph.order === 0;
  const removed = empty ? [] : dropUnwanted(graph, slice, memory);

  const added: string[] = [];
  for (const n of slice.nodes) {
    const fixed = pinned.has(n.id);
    if (!empty && graph.hasNode(n.id)) {
      // Only a real change is written: each write is an event Sigma answers by re-indexing the item.
      const a = graph.getNodeAttributes(n.id);
      const reviewState = reviewStateOf(n);
      const same =
        a.label === n.name && a.entityType === n.type && a.degree === n.degree && a.documentCount === n.documentCount && a.fixed === fixed && a.reviewState === reviewState;
      if (!same) graph.mergeNodeAttributes(n.id, { label: n.name, entityType: n.type, degree: n.degree, documentCount: n.documentCount, fixed, reviewState });
      continue;
    }
    graph.addNode(n.id, nodeAttributes(n, memory.get(n.id), fixed, detail));
    added.push(n.id);
  }
  for (const e of slice.edges) {
    if (empty || !graph.hasEdge(e.id)) {
      graph.addEdgeWithKey(e.id, e.source, e.target, edgeAttributes(e, detail));
      continue;
    }
    const a = graph.getEdgeAttributes(e.id);
    const reviewState = reviewStateOf(e);
    if (a.confidence !== e.confidence) graph.setEdgeAttribute(e.id, 'confidence', e.confidence);
    if (a.reviewState !== reviewState) {
      graph.mergeEdgeAttributes(e.id, { reviewState, size: edgeSize(e.type, reviewState), color: edgeColour(e.type, reviewState) });
    }
  }

  placeNodes(graph, added, (id) => memory.has(id));
  return { added, removed };
}
