/** Sets node sizes and colours of the drawn graph from the chosen metric and colouring. */
import type { ColourBy, SizeBy } from '../state/appState.js';
import { communityRanks } from './communities.js';
import { computeMetric, sizesFrom } from './metrics.js';
import { communityColour, TYPE_COLOURS } from './palette.js';
import type { AtlasGraph } from './types.js';

export function applyAppearance(graph: AtlasGraph, sizeBy: SizeBy, colourBy: ColourBy): void {
  const sizes = sizesFrom(computeMetric(graph, sizeBy), graph.order);
  const communities = colourBy === 'community' ? communityRanks(graph) : null;
  // No attribute hints: Sigma would then repaint without re-indexing, which fails for nodes added this frame. The
  // attribute objects are updated in place: a copy of each would only feed the garbage collector.
  graph.updateEachNodeAttributes((id, a) => {
    const community = communities?.get(id);
    a.size = sizes.get(id) ?? a.size;
    a.community = community;
    a.color = community === undefined ? TYPE_COLOURS[a.entityType] : communityColour(community);
    return a;
  });
}
