import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode, TimeSpan } from '../../../../src/model/index.js';
import { edgeAttributes, nodeAttributes } from '../../../../src/ui/graph/attributes.js';
import { DrawnGraph } from '../../../../src/ui/graph/drawnGraph.js';
import { applyPeriodFlags, drawnItems } from '../../../../src/ui/graph/periodFlags.js';
import { periodSummary, sliceIndex } from '../../../../src/ui/time/periodSummary.js';
import { timeBounds } from '../../../../src/ui/time/timeBounds.js';
import { edge, node } from '../fixtures.js';

const at = (year: string): TimeSpan => ({ at: year, precision: 'year' });
const nodes: GraphNode[] = [node('a'), node('b'), node('c'), node('d'), { ...node('summit', 'Event'), time: at('2012') }, { ...node('fair', 'Event'), time: at('1999') }];
const edges: GraphEdge[] = [
  { ...edge('a', 'PARTNERS_WITH', 'b'), time: { from: '2011', precision: 'year' } },
  { ...edge('b', 'FUNDED_BY', 'c'), time: at('2005') },
  edge('c', 'MEMBER_OF', 'd'),
  { ...edge('fair', 'ORGANISED_BY', 'd'), time: at('1999') },
];

function drawn(): DrawnGraph {
  const g = new DrawnGraph();
  for (const n of nodes) g.addNode(n.id, nodeAttributes(n, { x: 0, y: 0 }, false, 'full'));
  for (const e of edges) g.addEdgeWithKey(e.id, e.source, e.target, edgeAttributes(e, 'full'));
  return g;
}

const hiddenOf = (g: DrawnGraph) => ({
  nodes: g.filterNodes((_, a) => a.hidden).sort(),
  edges: g.filterEdges((_, a) => a.hidden).sort(),
});

describe('brushing a period on the drawn graph', () => {
  const bounds = timeBounds(nodes, edges);

  it('hides links that do not hold then, undated ones too, and entities left without a link unless an event of the period', () => {
    const g = drawn();
    const changes = applyPeriodFlags(drawnItems(g, bounds), { from: 2010, to: 2015 });
    expect(hiddenOf(g)).toEqual({ nodes: ['c', 'd', 'fair'], edges: ['b>FUNDED_BY>c', 'c>MEMBER_OF>d', 'fair>ORGANISED_BY>d'] });
    expect(changes.nodes.sort()).toEqual(['c', 'd', 'fair']);
  });

  it('reports only the flags that changed, and clearing the period shows everything again', () => {
    const g = drawn();
    const items = drawnItems(g, bounds);
    applyPeriodFlags(items, { from: 2010, to: 2015 });
    const moved = applyPeriodFlags(items, { from: 2011, to: 2015 });
    expect(moved).toMatchObject({ nodes: [], edges: [] });
    const cleared = applyPeriodFlags(items, null);
    expect(cleared.edges).toHaveLength(3);
    expect(hiddenOf(g)).toEqual({ nodes: [], edges: [] });
  });

  it('gives the timeline the same counts as the drawn graph shows', () => {
    for (const period of [{ from: 2010, to: 2015 }, { from: 1999, to: 2005 }, { from: 1900, to: 1901 }]) {
      const g = drawn();
      applyPeriodFlags(drawnItems(g, bounds), period);
      const summary = periodSummary(sliceIndex({ nodes, edges }, bounds), period);
      expect(summary.edges).toBe(g.size - hiddenOf(g).edges.length);
      expect(summary.nodes).toBe(g.order - hiddenOf(g).nodes.length);
      expect(summary.undated).toBe(1);
    }
  });
});
