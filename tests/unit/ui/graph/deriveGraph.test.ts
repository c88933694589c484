import { describe, expect, it } from 'vitest';
import { DrawnGraph } from '../../../../src/ui/graph/drawnGraph.js';
import { syncGraph, type PositionMemory } from '../../../../src/ui/graph/syncGraph.js';
import { visibleSlice } from '../../../../src/ui/graph/visibleSlice.js';
import { defaultFilters, toggleType } from '../../../../src/ui/state/filters.js';
import { emptyScene, hideNodes, mergeSlice } from '../../../../src/ui/state/scene.js';
import { edge, node } from '../fixtures.js';

const scene = mergeSlice(emptyScene(), {
  nodes: [node('a'), node('b'), node('oslo', 'Place'), node('c')],
  edges: [edge('a', 'PARTNERS_WITH', 'b'), edge('a', 'LOCATED_IN', 'oslo'), edge('b', 'CO_MENTIONED', 'c'), edge('c', 'FUNDED_BY', 'ghost')],
});

const newGraph = () => new DrawnGraph();

describe('visible slice', () => {
  it('leaves out hidden nodes, filtered types and the edges that touch them', () => {
    const v = visibleSlice(hideNodes(scene, ['c']), toggleType(defaultFilters(), 'Place'), null);
    expect(v.nodes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(v.edges.map((e) => e.type)).toEqual(['PARTNERS_WITH']);
  });

  it('never draws an edge to a node the scene does not hold', () => {
    const v = visibleSlice(scene, { ...defaultFilters(), includeWeak: true }, null);
    expect(v.edges.some((e) => e.target === 'ghost')).toBe(false);
    expect(v.edges.map((e) => e.type).sort()).toEqual(['CO_MENTIONED', 'LOCATED_IN', 'PARTNERS_WITH']);
  });
});

describe('drawn graph', () => {
  it('mirrors the visible slice, with Sigma attributes that do not clash with entity fields', () => {
    const g = newGraph();
    syncGraph(g, visibleSlice(scene, defaultFilters(), null), new Set(['a']), new Map());
    expect(g.order).toBe(4);
    expect(g.size).toBe(2);
    expect(g.getNodeAttribute('oslo', 'entityType')).toBe('Place');
    expect(g.getNodeAttribute('a', 'fixed')).toBe(true);
    expect(g.getEdgeAttribute('a>LOCATED_IN>oslo', 'type')).toBe('arrow');
    expect(g.getEdgeAttribute('a>PARTNERS_WITH>b', 'type')).toBe('line');
    g.forEachNode((_, a) => {
      expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
    });
  });

  it('places nodes the same way every time', () => {
    const a = newGraph();
    const b = newGraph();
    syncGraph(a, visibleSlice(scene, defaultFilters(), null), new Set(), new Map());
    syncGraph(b, visibleSlice(scene, defaultFilters(), null), new Set(), new Map());
    a.forEachNode((id, attrs) => expect([attrs.x, attrs.y]).toEqual([b.getNodeAttribute(id, 'x'), b.getNodeAttribute(id, 'y')]));
  });

  it('puts a node that comes back from a filter where it was', () => {
    const g = newGraph();
    const memory: PositionMemory = new Map();
    syncGraph(g, visibleSlice(scene, defaultFilters(), null), new Set(), memory);
    g.mergeNodeAttributes('oslo', { x: 123, y: -45 });
    const removed = syncGraph(g, visibleSlice(scene, toggleType(defaultFilters(), 'Place'), null), new Set(), memory);
    expect(removed.removed).toEqual(['oslo']);
    expect(g.hasNode('oslo')).toBe(false);
    const back = syncGraph(g, visibleSlice(scene, defaultFilters(), null), new Set(), memory);
    expect(back.added).toEqual(['oslo']);
    expect([g.getNodeAttribute('oslo', 'x'), g.getNodeAttribute('oslo', 'y')]).toEqual([123, -45]);
  });

  it('places a new node beside its placed neighbour', () => {
    const g = newGraph();
    syncGraph(g, visibleSlice(scene, defaultFilters(), null), new Set(), new Map());
    const bigger = mergeSlice(scene, { nodes: [node('d')], edges: [edge('a', 'RUNS', 'd')] });
    syncGraph(g, visibleSlice(bigger, defaultFilters(), null), new Set(), new Map([...['a', 'b', 'c', 'oslo'].map((id) => [id, { x: 0, y: 0 }] as const)]));
    const distance = Math.hypot(g.getNodeAttribute('d', 'x') - g.getNodeAttribute('a', 'x'), g.getNodeAttribute('d', 'y') - g.getNodeAttribute('a', 'y'));
    expect(distance).toBeGreaterThan(0);
    expect(distance).toBeLessThan(30);
  });

  it('writes only what changed when the slice is synced again (each write makes Sigma re-index the item)', () => {
    const g = newGraph();
    const visible = visibleSlice(scene, defaultFilters(), null);
    syncGraph(g, visible, new Set(), new Map());
    const writes: string[] = [];
    g.on('nodeAttributesUpdated', ({ key }) => writes.push(key));
    g.on('edgeAttributesUpdated', ({ key }) => writes.push(key));
    syncGraph(g, visible, new Set(), new Map());
    expect(writes).toEqual([]);
    const surer = mergeSlice(scene, { nodes: [], edges: [edge('a', 'PARTNERS_WITH', 'b', 0.95)] });
    syncGraph(g, visibleSlice(surer, defaultFilters(), null), new Set(['b']), new Map());
    expect(writes.sort()).toEqual(['a>PARTNERS_WITH>b', 'b']);
    expect(g.getEdgeAttribute('a>PARTNERS_WITH>b', 'confidence')).toBe(0.95);
    expect(g.getNodeAttribute('b', 'fixed')).toBe(true);
  });
});
