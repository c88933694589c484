/**
 * The smallest subgraph connecting several entities is the Steiner tree problem (NP-hard). This is the
 * Kou–Markowsky–Berman approximation (at most 2 × optimal) on unit-length hops, over the shortest path of each
 * pair of terminals: (1) the complete graph of terminals weighted by path length, (2) its minimum spanning tree,
 * (3) each tree edge replaced by its path, (4) a spanning tree of that union, (5) non-terminal leaves pruned.
 * graphology has no minimum spanning tree, and this runs on a few hundred edges at most, so it is written here.
 */
import type { FoundPath, PairPath } from '../../db/queries/paths.js';
import type { GraphNode } from '../../model/index.js';

export const STEINER_ALGORITHM =
  'Kou–Markowsky–Berman Steiner tree approximation (≤ 2 × optimal) over pairwise shortest paths, unit hop length';

type Hop = FoundPath['hops'][number];

export interface SteinerTree {
  nodes: GraphNode[];
  hops: Hop[];
  /** Every terminal is among `nodes`; these have no path (within the hop bound) to the first one. */
  unreachable: string[];
}

/** Union–find over string keys. */
class Components {
  private parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(x, root);
    return root;
  }
  /** Joins the components of a and b; false when they were already one. */
  union(a: string, b: string): boolean {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra === rb) return false;
    this.parent.set(ra, rb);
    return true;
  }
}

export function steinerTree(terminalNodes: readonly GraphNode[], pairs: readonly PairPath[]): SteinerTree {
  const terminals = terminalNodes.map((n) => n.id);
  // (1)+(2) Kruskal on the terminal graph; stable sort keeps ties in request order, so answers are repeatable.
  const connected = pairs.filter((p): p is PairPath & { path: FoundPath } => p.path !== null);
  const byLength = [...connected].sort((a, b) => a.path.hops.length - b.path.hops.length);
  const terminalSets = new Components();
  const chosen = byLength.filter((p) => terminalSets.union(p.from, p.to));

  // (3) Union of the chosen paths, each node and hop once.
  const nodes = new Map<string, GraphNode>(terminalNodes.map((n) => [n.id, n]));
  const hops = new Map<string, Hop>();
  for (const { path } of chosen) {
    for (const n of path.nodes) nodes.set(n.id, n);
    for (const h of path.hops) hops.set(h.id, h);
  }

  // (4) A spanning tree of the union (all hops weigh the same, so any spanning tree is minimal).
  const nodeSets = new Components();
  const tree = [...hops.values()].filter((h) => nodeSets.union(h.source, h.target));

  // (5) Prune leaves that are not terminals until none is left.
  const required = new Set(terminals);
  let kept = tree;
  for (;;) {
    const degree = new Map<string, number>();
    for (const h of kept) for (const id of [h.source, h.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
    const isSpareLeaf = (id: string) => degree.get(id) === 1 && !required.has(id);
    const next = kept.filter((h) => !isSpareLeaf(h.source) && !isSpareLeaf(h.target));
    if (next.length === kept.length) break;
    kept = next;
  }
  const used = new Set([...terminals, ...kept.flatMap((h) => [h.source, h.target])]);
  const first = terminals[0];
  return {
    nodes: [...nodes.values()].filter((n) => used.has(n.id)),
    hops: kept,
    unreachable: terminals.filter((t) => first !== undefined && terminalSets.find(t) !== terminalSets.find(first)),
  };
}
