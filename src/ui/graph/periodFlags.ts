/**
 * Brushing a period sets Sigma's `hidden` flag on the drawn graph in place, instead of rebuilding the graph: links
 * that do not hold in the period (undated ones among them) are hidden, and so are entities left without a shown link,
 * unless they are events of the period. Only items whose flag changed are reported, for Sigma to redraw just those.
 */
import type { Period } from '../time/period.js';
import { overlapsPeriod, type TimeBounds } from '../time/timeBounds.js';
import type { AtlasGraph } from './types.js';

export interface FlagChanges {
  nodes: string[];
  edges: string[];
}

function setHidden(a: { hidden: boolean }, hidden: boolean, id: string, changed: string[]): void {
  if (a.hidden === hidden) return;
  a.hidden = hidden;
  changed.push(id);
}

export function applyPeriodFlags(graph: AtlasGraph, bounds: TimeBounds, period: Period | null): FlagChanges {
  const changes: FlagChanges = { nodes: [], edges: [] };
  // Attributes are written without graphology events: each event would make Sigma re-index the whole graph.
  if (period === null) {
    graph.forEachNode((id, a) => setHidden(a, false, id, changes.nodes));
    graph.forEachEdge((id, a) => setHidden(a, false, id, changes.edges));
    return changes;
  }
  const holds = overlapsPeriod(period);
  const linked = new Set<string>();
  graph.forEachEdge((id, a, source, target) => {
    const shown = holds(bounds.edges.get(id));
    if (shown) linked.add(source).add(target);
    setHidden(a, !shown, id, changes.edges);
  });
  graph.forEachNode((id, a) => {
    const shown = linked.has(id) || (a.entityType === 'Event' && holds(bounds.events.get(id)));
    setHidden(a, !shown, id, changes.nodes);
  });
  return changes;
}
