import { describe, expect, it } from 'vitest';
import type { FoundPath, PairPath } from '../../../../src/db/queries/paths.js';
import type { GraphNode } from '../../../../src/model/index.js';
import { steinerTree } from '../../../../src/server/connect/steinerTree.js';

const node = (id: string): GraphNode => ({ id, name: id, type: 'Organisation', aliases: [], degree: 1, documentCount: 1 });
/** A path through the given ids, one PARTNERS_WITH hop between each pair. */
function path(...ids: string[]): FoundPath {
  return {
    nodes: ids.map(node),
    hops: ids.slice(1).map((to, i) => {
      const [a, b] = [ids[i]!, to].sort() as [string, string];
      return { id: `${a}>PARTNERS_WITH>${b}`, source: a, target: b, type: 'PARTNERS_WITH', confidence: 1, documentCount: 1, evidenceCount: 1, evidence: [] };
    }),
  };
}
const pair = (from: string, to: string, p: FoundPath | null): PairPath => ({ from, to, path: p });

describe('steinerTree (Kou–Markowsky–Berman)', () => {
  it('joins three terminals through a shared hub instead of three separate paths', () => {
    // a, b and c each reach hub h in one hop; pairwise paths all go through h.
    const tree = steinerTree([node('a'), node('b'), node('c')], [
      pair('a', 'b', path('a', 'h', 'b')),
      pair('a', 'c', path('a', 'h', 'c')),
      pair('b', 'c', path('b', 'h', 'c')),
    ]);
    expect(tree.nodes.map((n) => n.id).sort()).toEqual(['a', 'b', 'c', 'h']);
    expect(tree.hops).toHaveLength(3);
    expect(tree.unreachable).toEqual([]);
  });

  it('drops the longest terminal link when shorter ones already connect everything', () => {
    const tree = steinerTree([node('a'), node('b'), node('c')], [
      pair('a', 'b', path('a', 'b')),
      pair('b', 'c', path('b', 'c')),
      pair('a', 'c', path('a', 'x', 'y', 'c')),
    ]);
    expect(tree.hops.map((h) => h.id).sort()).toEqual(['a>PARTNERS_WITH>b', 'b>PARTNERS_WITH>c']);
    expect(tree.nodes.map((n) => n.id)).not.toContain('x');
  });

  it('removes cycles formed where chosen paths overlap, keeping a tree', () => {
    const tree = steinerTree([node('a'), node('b'), node('c')], [
      pair('a', 'b', path('a', 'p', 'b')),
      pair('b', 'c', path('b', 'q', 'c')),
      pair('a', 'c', path('a', 'p', 'q', 'c')),
    ]);
    expect(tree.hops.length).toBe(tree.nodes.length - 1);
  });

  it('lists terminals that cannot reach the first one but keeps them as nodes', () => {
    const tree = steinerTree([node('a'), node('b'), node('z')], [pair('a', 'b', path('a', 'b')), pair('a', 'z', null), pair('b', 'z', null)]);
    expect(tree.unreachable).toEqual(['z']);
    expect(tree.nodes.map((n) => n.id).sort()).toEqual(['a', 'b', 'z']);
    expect(tree.hops).toHaveLength(1);
  });
});
