import { MultiUndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { applyDetail, detailFor, FAST_ABOVE_EDGES, FAST_ABOVE_NODES } from '../../../../src/ui/graph/levelOfDetail.js';
import type { EdgeAttributes, NodeAttributes } from '../../../../src/ui/graph/types.js';

describe('level of detail', () => {
  it('draws in full up to the thresholds and fast above either', () => {
    expect(detailFor(FAST_ABOVE_NODES, FAST_ABOVE_EDGES)).toBe('full');
    expect(detailFor(FAST_ABOVE_NODES + 1, 0)).toBe('fast');
    expect(detailFor(10, FAST_ABOVE_EDGES + 1)).toBe('fast');
  });

  it('switches every node and edge to the cheap programs and back to arrows and lines', () => {
    const g = new MultiUndirectedGraph<NodeAttributes, EdgeAttributes>();
    for (const id of ['a', 'b']) g.addNode(id, { x: 0, y: 0, size: 1, color: '', label: id, entityType: 'Event', degree: 1, documentCount: 1, fixed: false });
    g.addEdgeWithKey('f', 'a', 'b', { relation: 'FUNDED_BY', confidence: 1, size: 1, color: '', type: 'arrow' });
    g.addEdgeWithKey('p', 'a', 'b', { relation: 'PARTNERS_WITH', confidence: 1, size: 1, color: '', type: 'line' });
    applyDetail(g, 'fast');
    expect(g.mapEdges((_, a) => a.type)).toEqual(['fast', 'fast']);
    expect(g.getNodeAttribute('a', 'type')).toBe('point');
    applyDetail(g, 'full');
    expect(g.mapEdges((e, a) => `${e}:${a.type}`)).toEqual(['f:arrow', 'p:line']);
    expect(g.getNodeAttribute('a', 'type')).toBeUndefined();
  });
});
