import { describe, expect, it } from 'vitest';
import { edgeAttributes, nodeAttributes } from '../../../../src/ui/graph/attributes.js';
import { copyDrawnGraph, DrawnGraph } from '../../../../src/ui/graph/drawnGraph.js';
import { edge, node } from '../fixtures.js';

function sample(): DrawnGraph {
  const g = new DrawnGraph();
  for (const id of ['a', 'b', 'c']) g.addNode(id, nodeAttributes(node(id), { x: 0, y: 0 }, false, 'full'));
  // Two relations of different types between one pair: both are kept as their own edges.
  for (const e of [edge('a', 'PARTNERS_WITH', 'b'), edge('a', 'FUNDED_BY', 'b'), edge('b', 'RUNS', 'c')]) {
    g.addEdgeWithKey(e.id, e.source, e.target, edgeAttributes(e, 'full'));
  }
  return g;
}

describe('drawn graph', () => {
  it('keeps parallel edges, neighbours and degrees as graphology does', () => {
    const g = sample();
    expect(g.size).toBe(3);
    expect(g.edges('a', 'b').sort()).toEqual(['a>FUNDED_BY>b', 'a>PARTNERS_WITH>b']);
    expect(g.neighbors('b').sort()).toEqual(['a', 'c']);
    expect(g.degree('b')).toBe(3);
    expect(g.areNeighbors('c', 'b')).toBe(true);
    expect([g.hasEdge('b', 'a'), g.hasUndirectedEdge('a', 'c'), g.hasEdge('a', 'x'), g.hasEdge('a>RUNS>b')]).toEqual([true, false, false, false]);
    expect(g.hasEdge('b>RUNS>c')).toBe(true);
  });

  it('forgets a dropped edge or node everywhere, and survives a clear', () => {
    const g = sample();
    g.dropEdge('a>FUNDED_BY>b');
    expect(g.edges('a', 'b')).toEqual(['a>PARTNERS_WITH>b']);
    g.dropNode('b');
    expect(g.neighbors('a')).toEqual([]);
    expect(g.size).toBe(0);
    g.clearEdges();
    g.addNode('b', nodeAttributes(node('b'), { x: 1, y: 1 }, false, 'full'));
    g.addEdgeWithKey('a>RUNS>b', 'a', 'b', edgeAttributes(edge('a', 'RUNS', 'b'), 'full'));
    expect(g.neighbors('a')).toEqual(['b']);
  });

  it('copies into a drawn graph with the same nodes and edges and attributes of its own (the layout works on a copy)', () => {
    const g = sample();
    const copy = copyDrawnGraph(g);
    expect(copy).toBeInstanceOf(DrawnGraph);
    expect(copy.order).toBe(3);
    expect(copy.edges('a', 'b').sort()).toEqual(['a>FUNDED_BY>b', 'a>PARTNERS_WITH>b']);
    expect(copy.getNodeAttributes('b')).toEqual(g.getNodeAttributes('b'));
    copy.setNodeAttribute('b', 'x', 99);
    expect(g.getNodeAttribute('b', 'x')).toBe(0);
  });

  // The speed-up rests on graphology's internal node record: this fails if a graphology upgrade drops it.
  it('indexes neighbours in objects without a prototype (dictionaries from the start)', () => {
    const g = sample() as unknown as { _nodes: Map<string, { undirected: object }> };
    for (const record of g._nodes.values()) expect(Object.getPrototypeOf(record.undirected)).toBeNull();
  });
});
