/**
 * The attributes of a drawn node or edge, built in one object literal of one shape: at tens of thousands of items,
 * spreads and keys added later cost more than building the graph itself.
 */
import type { GraphEdge, GraphNode } from '../../model/index.js';
import { edgeProgramFor, FAST_EDGE_PROGRAM, FAST_NODE_PROGRAM, type Detail } from './levelOfDetail.js';
import { reviewStateOf } from '../state/filters.js';
import { edgeColour } from './palette.js';
import type { EdgeAttributes, NodeAttributes } from './types.js';

/** A node at `at` (not yet placed when absent), grey and small until the appearance is applied. */
export function nodeAttributes(n: GraphNode, at: { x: number; y: number } | undefined, fixed: boolean, detail: Detail): NodeAttributes {
  return {
    x: at?.x ?? NaN,
    y: at?.y ?? NaN,
    size: 4,
    color: '#868e96',
    label: n.name,
    hidden: false,
    forceLabel: false,
    highlighted: false,
    zIndex: 0,
    entityType: n.type,
    degree: n.degree,
    documentCount: n.documentCount,
    fixed,
    community: undefined,
    reviewState: reviewStateOf(n),
    type: detail === 'fast' ? FAST_NODE_PROGRAM : undefined,
  };
}

/** How thick an edge is drawn: verified relations stand out, weak and rejected ones recede. */
export function edgeSize(type: GraphEdge['type'], review: EdgeAttributes['reviewState']): number {
  if (review === 'verified') return 2.5;
  return type === 'CO_MENTIONED' || review === 'rejected' ? 0.5 : 1;
}

export function edgeAttributes(e: GraphEdge, detail: Detail): EdgeAttributes {
  const reviewState = reviewStateOf(e);
  return {
    relation: e.type,
    confidence: e.confidence,
    reviewState,
    size: edgeSize(e.type, reviewState),
    color: edgeColour(e.type, reviewState),
    label: '',
    hidden: false,
    forceLabel: false,
    zIndex: 0,
    type: detail === 'fast' ? FAST_EDGE_PROGRAM : edgeProgramFor(e.type),
  };
}
