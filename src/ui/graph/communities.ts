/** Louvain communities of the drawn graph, ranked by size so the largest get the first colours. */
import louvain from 'graphology-communities-louvain';
import { seededRandom } from './seededRandom.js';
import type { AtlasGraph } from './types.js';

/** Community rank per node: 0 is the largest community. */
export function communityRanks(graph: AtlasGraph): Map<string, number> {
  const ranks = new Map<string, number>();
  if (graph.order === 0) return ranks;
  // Seeded so the same graph always gets the same communities (and colours).
  const mapping = louvain(graph, { rng: seededRandom(42), getEdgeWeight: null });
  const sizes = new Map<number, number>();
  for (const c of Object.values(mapping)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const order = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([c]) => c);
  const rankOf = new Map(order.map((c, i) => [c, i]));
  for (const [id, c] of Object.entries(mapping)) ranks.set(id, rankOf.get(c) ?? 0);
  return ranks;
}

export function communityCount(ranks: ReadonlyMap<string, number>): number {
  return new Set(ranks.values()).size;
}
