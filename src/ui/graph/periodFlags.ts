/**
 * Brushing a period sets Sigma's `hidden` flag on the drawn graph in place, instead of rebuilding the graph, by the
 * rule of shownInPeriod. Only items whose flag changed are reported, for Sigma to redraw just those.
 */
import type { Period } from '../time/period.js';
import { buildPeriodIndex, shownInPeriod, type PeriodIndex } from '../time/periodIndex.js';
import type { TimeBounds } from '../time/timeBounds.js';
import type { AtlasGraph, EdgeAttributes, NodeAttributes } from './types.js';

export interface FlagChanges {
  nodes: string[];
  edges: string[];
  /** How many nodes and edges are shown after the change. */
  shown: { nodes: number; edges: number };
}

/** The drawn graph's items in one order, with their attribute objects and the period index over them. */
export interface DrawnItems {
  nodeIds: string[];
  nodes: NodeAttributes[];
  edgeIds: string[];
  edges: EdgeAttributes[];
  index: PeriodIndex;
}

/** Built once after each change of the drawn graph; a brush then only walks arrays. */
export function drawnItems(graph: AtlasGraph, bounds: TimeBounds): DrawnItems {
  const position = new Map<string, number>();
  const nodeIds: string[] = [];
  const nodes: NodeAttributes[] = [];
  graph.forEachNode((id, a) => {
    position.set(id, nodeIds.length);
    nodeIds.push(id);
    nodes.push(a);
  });
  const edgeIds: string[] = [];
  const edges: EdgeAttributes[] = [];
  const ends = new Int32Array(graph.size * 2);
  graph.forEachEdge((id, a, source, target) => {
    ends[2 * edgeIds.length] = position.get(source)!;
    ends[2 * edgeIds.length + 1] = position.get(target)!;
    edgeIds.push(id);
    edges.push(a);
  });
  return { nodeIds, nodes, edgeIds, edges, index: buildPeriodIndex(bounds, nodeIds, edgeIds, ends) };
}

export function applyPeriodFlags(items: DrawnItems, period: Period | null): FlagChanges {
  const shown = period ? shownInPeriod(items.index, period) : null;
  const changes: FlagChanges = { nodes: [], edges: [], shown: { nodes: shown?.nodeCount ?? items.nodes.length, edges: shown?.edgeCount ?? items.edges.length } };
  // Attributes are written without graphology events: each event would make Sigma re-index the whole graph.
  items.edges.forEach((a, i) => {
    const hidden = shown !== null && !shown.edges[i];
    if (a.hidden !== hidden) {
      a.hidden = hidden;
      changes.edges.push(items.edgeIds[i]!);
    }
  });
  items.nodes.forEach((a, i) => {
    const hidden = shown !== null && !shown.nodes[i];
    if (a.hidden !== hidden) {
      a.hidden = hidden;
      changes.nodes.push(items.nodeIds[i]!);
    }
  });
  return changes;
}
