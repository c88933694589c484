/**
 * Highlighting as Sigma node and edge reducers: hover shows a node's neighbours, a selection its neighbourhood, a
 * connection result its path; everything else is dimmed. The graph data is never touched.
 */
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { DIMMED_EDGE_COLOUR, DIMMED_NODE_COLOUR, HIGHLIGHT_COLOUR } from './palette.js';
import type { AtlasGraph, EdgeAttributes, NodeAttributes } from './types.js';

const LABEL_ALL_BELOW = 40;
const REVIEW_MARKERS = { proposed: '', verified: '✓', rejected: '✕' } as const;
const REJECTED_NODE_COLOUR = '#ced4da';

export interface Highlight {
  hovered: string | null;
  selected: readonly string[];
  path: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null;
}

/** Which nodes and edges stand out; null when nothing is highlighted. */
export interface Focus {
  /** Hovered or selected nodes, drawn emphasised with their label. */
  core: ReadonlySet<string>;
  /** Nodes shown in full colour. */
  nodes: ReadonlySet<string>;
  /** Edges drawn in the highlight colour (a path). */
  pathEdges: ReadonlySet<string>;
}

export function buildFocus(graph: AtlasGraph, h: Highlight): Focus | null {
  const present = (id: string) => graph.hasNode(id);
  if (h.hovered && present(h.hovered)) {
    const selected = h.selected.filter(present);
    return {
      core: new Set([h.hovered, ...selected]),
      nodes: new Set([h.hovered, ...graph.neighbors(h.hovered), ...selected]),
      pathEdges: h.path?.edges ?? new Set(),
    };
  }
  if (h.path && h.path.nodes.size > 0) {
    return { core: new Set([...h.path.nodes].filter(present)), nodes: h.path.nodes, pathEdges: h.path.edges };
  }
  const selected = h.selected.filter(present);
  if (selected.length === 0) return null;
  const nodes = new Set(selected);
  for (const id of selected) for (const n of graph.neighbors(id)) nodes.add(n);
  return { core: new Set(selected), nodes, pathEdges: new Set() };
}

// Sigma hands each reducer its own copy of the attributes, called once per item on every re-index (hundreds of
// thousands of times in a large view): an unchanged item is returned as it came, without another copy.
export function reduceNode(id: string, data: NodeAttributes, focus: Focus | null): Partial<NodeDisplayData> {
  if (!focus && !data.fixed && data.reviewState === 'proposed') return data;
  const display: Partial<NodeDisplayData> = { ...data };
  // Sigma's default node program draws no border: review states and pins show as a marker in the label.
  const marker = REVIEW_MARKERS[data.reviewState];
  if (marker) Object.assign(display, { label: `${marker} ${data.label}` });
  if (data.reviewState === 'rejected') display.color = REJECTED_NODE_COLOUR;
  if (data.fixed) Object.assign(display, { label: `📌 ${display.label}`, forceLabel: true });
  if (!focus) return display;
  if (focus.core.has(id)) return { ...display, highlighted: true, forceLabel: true, zIndex: 2 };
  // A small neighbourhood is labelled in full: those are the names the user is reading.
  if (focus.nodes.has(id)) return { ...display, zIndex: 1, forceLabel: focus.nodes.size <= LABEL_ALL_BELOW };
  return { ...display, color: DIMMED_NODE_COLOUR, label: null, zIndex: 0 };
}

export function reduceEdge(
  id: string,
  data: EdgeAttributes,
  extremities: readonly [string, string],
  focus: Focus | null,
): Partial<EdgeDisplayData> {
  if (!focus) return data;
  // A found connection is drawn as a thick line even in a large graph: it is what the user is looking at.
  if (focus.pathEdges.has(id)) return { ...data, color: HIGHLIGHT_COLOUR, size: 3, zIndex: 2, type: 'line' };
  const [s, t] = extremities;
  const touchesCore = focus.core.has(s) || focus.core.has(t);
  // A reviewed relation keeps its colour when highlighted: the state is what the reviewer is looking at.
  const colour = data.reviewState === 'proposed' ? '#868e96' : data.color;
  if (touchesCore && focus.nodes.has(s) && focus.nodes.has(t)) return { ...data, color: colour, size: Math.max(data.size, 1.5), zIndex: 1 };
  // What the brushed period hid stays hidden.
  return { ...data, color: DIMMED_EDGE_COLOUR, zIndex: 0, hidden: data.hidden || focus.pathEdges.size > 0 };
}
