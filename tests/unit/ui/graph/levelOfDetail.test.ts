import { MultiUndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { applyDetail, detailFor, FAST_ABOVE_EDGES, FAST_ABOVE_NODES } from '../../../../src/ui/graph/levelOfDetail.js';
import { edgeAttributes, nodeAttributes } from '../../../../src/ui/graph/attributes.js';
import type { EdgeAttributes, NodeAttributes } from '../../../../src/ui/graph/types.js';
import { edge, node } from '../fixtures.js';

describe('level of detail', () => {
  it('draws in full up to the thresholds and fast above either', () => {
    expect(detailFor(FAST_ABOVE_NODES, FAST_ABOVE_EDGES)).toBe('full');
    expect(detailFor(FAST_ABOVE_NODES + 1, 0)).toBe('fast');
    expect(detailFor(10, FAST_ABOVE_EDGES + 1)).toBe('fast');
  });

  it('switches every node and edge to the cheap programs and back to arrows and lines', () => {
    const g = new MultiUndirectedGraph<NodeAttributes, EdgeAttributes>();
    for (const id of ['a', 'b']) g.addNode(id, nodeAttributes(node(id, 'Event'), { x: 0, y: 0 }, false, 'full'));
    g.addEdgeWithKey('f', 'a', 'b', edgeAttributes(edge('a', 'FUNDED_BY', 'b'), 'full'));
    g.addEdgeWithKey('p', 'a', 'b', edgeAttributes(edge('a', 'PARTNERS_WITH', 'b'), 'full'));
    applyDetail(g, 'fast');
    expect(g.mapEdges((_, a) => a.type)).toEqual(['fast', 'fast']);
    expect(g.getNodeAttribute('a', 'type')).toBe('point');
    applyDetail(g, 'full');
    expect(g.mapEdges((e, a) => `${e}:${a.type}`)).toEqual(['f:arrow', 'p:line']);
    expect(g.getNodeAttribute('a', 'type')).toBeUndefined();
  });
});
