/** Sets node sizes and colours of the drawn graph from the chosen metric and colouring. */
import type { ColourBy, SizeBy } from '../state/appState.js';
import { communityRanks } from './communities.js';
import { computeMetric, sizeScale } from './metrics.js';
import { communityColour, TYPE_COLOURS } from './palette.js';
import type { AtlasGraph } from './types.js';

export function applyAppearance(graph: AtlasGraph, sizeBy: SizeBy, colourBy: ColourBy): void {
  // Degree is an attribute already: read in place, with no map of values per node (tens of thousands in a large view).
  const values = sizeBy === 'degree' ? null : computeMetric(graph, sizeBy);
  let top = 0;
  if (values) for (const v of values.values()) top = Math.max(top, v);
  else graph.forEachNode((_, a) => (top = Math.max(top, a.degree)));
  const size = sizeScale(top, graph.order);
  const communities = colourBy === 'community' ? communityRanks(graph) : null;
  // No attribute hints: Sigma would then repaint without re-indexing, which fails for nodes added this frame. The
  // attribute objects are updated in place: a copy of each would only feed the garbage collector.
  graph.updateEachNodeAttributes((id, a) => {
    const community = communities?.get(id);
    a.size = size(values ? (values.get(id) ?? 0) : a.degree);
    a.community = community;
    a.color = community === undefined ? TYPE_COLOURS[a.entityType] : communityColour(community);
    return a;
  });
}
