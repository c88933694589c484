import { MultiUndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { DIMMED_NODE_COLOUR, HIGHLIGHT_COLOUR } from '../../../../src/ui/graph/palette.js';
import { buildFocus, reduceEdge, reduceNode } from '../../../../src/ui/graph/reducers.js';
import { edgeAttributes, nodeAttributes } from '../../../../src/ui/graph/attributes.js';
import type { EdgeAttributes, NodeAttributes } from '../../../../src/ui/graph/types.js';
import { edge, node } from '../fixtures.js';

function graph() {
  const g = new MultiUndirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const id of ['a', 'b', 'c', 'd']) {
    g.addNode(id, { ...nodeAttributes(node(id), { x: 0, y: 0 }, false, 'full'), label: id, color: '#123456' });
  }
  const e = (s: string, t: string) => g.addEdgeWithKey(`${s}-${t}`, s, t, edgeAttributes(edge(s, 'SUPPORTS', t), 'full'));
  e('a', 'b');
  e('b', 'c');
  e('c', 'd');
  return g;
}

describe('highlight reducers', () => {
  it('highlights nothing when nothing is hovered, selected or found', () => {
    const g = graph();
    const focus = buildFocus(g, { hovered: null, selected: [], path: null });
    expect(focus).toBeNull();
    expect(reduceNode('a', g.getNodeAttributes('a'), focus).color).toBe('#123456');
  });

  it('shows a hovered node with its neighbours and dims the rest, without touching the graph', () => {
    const g = graph();
    const focus = buildFocus(g, { hovered: 'b', selected: [], path: null });
    expect(reduceNode('b', g.getNodeAttributes('b'), focus)).toMatchObject({ highlighted: true, forceLabel: true });
    expect(reduceNode('a', g.getNodeAttributes('a'), focus).color).toBe('#123456');
    expect(reduceNode('d', g.getNodeAttributes('d'), focus)).toMatchObject({ color: DIMMED_NODE_COLOUR, label: null });
    expect(g.getNodeAttribute('d', 'color')).toBe('#123456');
  });

  it('draws the edges of a connection in the highlight colour and hides unrelated ones', () => {
    const g = graph();
    const focus = buildFocus(g, { hovered: null, selected: [], path: { nodes: new Set(['a', 'b']), edges: new Set(['a-b']) } });
    expect(reduceEdge('a-b', g.getEdgeAttributes('a-b'), ['a', 'b'], focus)).toMatchObject({ color: HIGHLIGHT_COLOUR });
    expect(reduceEdge('c-d', g.getEdgeAttributes('c-d'), ['c', 'd'], focus).hidden).toBe(true);
    expect(reduceNode('c', g.getNodeAttributes('c'), focus).color).toBe(DIMMED_NODE_COLOUR);
  });

  it('keeps a selection and its neighbourhood in colour, ignoring selected ids no longer drawn', () => {
    const g = graph();
    const focus = buildFocus(g, { hovered: null, selected: ['d', 'gone'], path: null });
    expect([...(focus?.nodes ?? [])].sort()).toEqual(['c', 'd']);
    expect(reduceEdge('c-d', g.getEdgeAttributes('c-d'), ['c', 'd'], focus).color).not.toBe(HIGHLIGHT_COLOUR);
  });

  it('keeps what a brushed period hid hidden while a selection dims the rest', () => {
    const g = graph();
    g.setEdgeAttribute('c-d', 'hidden', true);
    g.setNodeAttribute('d', 'hidden', true);
    const focus = buildFocus(g, { hovered: null, selected: ['a'], path: null });
    expect(reduceEdge('c-d', g.getEdgeAttributes('c-d'), ['c', 'd'], focus).hidden).toBe(true);
    expect(reduceNode('d', g.getNodeAttributes('d'), focus).hidden).toBe(true);
    expect(reduceEdge('b-c', g.getEdgeAttributes('b-c'), ['b', 'c'], focus).hidden).toBe(false);
  });

  it('marks pinned nodes in their label', () => {
    const g = graph();
    g.setNodeAttribute('a', 'fixed', true);
    expect(reduceNode('a', g.getNodeAttributes('a'), null)).toMatchObject({ label: '📌 a', forceLabel: true });
  });
});
