import { MultiUndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { applyAppearance } from '../../../../src/ui/graph/appearance.js';
import { communityCount, communityRanks } from '../../../../src/ui/graph/communities.js';
import { computeMetric, sizeScale } from '../../../../src/ui/graph/metrics.js';
import { TYPE_COLOURS } from '../../../../src/ui/graph/palette.js';
import { edgeAttributes, nodeAttributes } from '../../../../src/ui/graph/attributes.js';
import type { EdgeAttributes, NodeAttributes } from '../../../../src/ui/graph/types.js';
import { edge, node } from '../fixtures.js';

/** Two triangles joined by one bridge c–d, plus a parallel weak link a–b. */
function twoClusters() {
  const g = new MultiUndirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const id of ['a', 'b', 'c', 'd', 'e', 'f']) {
    g.addNode(id, nodeAttributes(node(id, id < 'd' ? 'Organisation' : 'Place', id.charCodeAt(0)), { x: 0, y: 0 }, false, 'full'));
  }
  const pairs = [['a', 'b'], ['b', 'c'], ['a', 'c'], ['c', 'd'], ['d', 'e'], ['e', 'f'], ['d', 'f'], ['a', 'b']];
  pairs.forEach(([s = '', t = ''], i) => g.addEdgeWithKey(`e${i}`, s, t, edgeAttributes(edge(s, 'SUPPORTS', t), 'full')));
  return g;
}

describe('metrics and communities', () => {
  it('ranks the bridge nodes highest by betweenness', () => {
    const b = computeMetric(twoClusters(), 'betweenness');
    const top = [...b.entries()].sort((x, y) => y[1] - x[1]).slice(0, 2).map(([id]) => id).sort();
    expect(top).toEqual(['c', 'd']);
  });

  it('sizes by the database degree when asked for degree', () => {
    const d = computeMetric(twoClusters(), 'degree');
    expect(d.get('f')).toBe('f'.charCodeAt(0));
  });

  it('gives PageRank values that sum to one', () => {
    const p = computeMetric(twoClusters(), 'pagerank');
    expect([...p.values()].reduce((s, v) => s + v, 0)).toBeCloseTo(1, 5);
  });

  it('maps the largest value to the largest size', () => {
    const size = sizeScale(16, 3);
    expect(size(16)).toBe(18);
    expect(size(0)).toBe(3);
    expect(size(4)).toBeCloseTo(3 + 15 * 0.5);
  });

  it('sizes nodes by degree, or by the metric asked for', () => {
    const g = twoClusters();
    applyAppearance(g, 'degree', 'type');
    // 'f' has the largest database degree in the fixture.
    expect(g.getNodeAttribute('f', 'size')).toBe(18);
    expect(g.getNodeAttribute('a', 'size')).toBeLessThan(18);
    applyAppearance(g, 'betweenness', 'type');
    expect(g.getNodeAttribute('c', 'size')).toBe(18);
    expect(g.getNodeAttribute('e', 'size')).toBeLessThan(g.getNodeAttribute('c', 'size'));
  });

  it('finds the two clusters, the same way on every run', () => {
    const ranks = communityRanks(twoClusters());
    expect(communityCount(ranks)).toBe(2);
    expect(ranks.get('a')).toBe(ranks.get('b'));
    expect(ranks.get('d')).toBe(ranks.get('f'));
    expect(ranks.get('a')).not.toBe(ranks.get('f'));
    expect(communityRanks(twoClusters())).toEqual(ranks);
  });

  it('colours by type, or by community when asked', () => {
    const g = twoClusters();
    applyAppearance(g, 'degree', 'type');
    expect(g.getNodeAttribute('e', 'color')).toBe(TYPE_COLOURS.Place);
    applyAppearance(g, 'degree', 'community');
    expect(g.getNodeAttribute('a', 'color')).not.toBe(g.getNodeAttribute('f', 'color'));
    expect(g.getNodeAttribute('a', 'color')).toBe(g.getNodeAttribute('b', 'color'));
  });
});
