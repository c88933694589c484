/** What a brushed period leaves in view, by the rule of graph/periodFlags.ts, for the timeline's note. */
import type { VisibleSlice } from '../graph/visibleSlice.js';
import type { Period } from './period.js';
import { overlapsPeriod, type TimeBounds } from './timeBounds.js';

export interface PeriodSummary {
  nodes: number;
  edges: number;
  /** Links in view hidden only because they carry no date. */
  undated: number;
}

export function periodSummary(visible: VisibleSlice, bounds: TimeBounds, period: Period): PeriodSummary {
  const holds = overlapsPeriod(period);
  const linked = new Set<string>();
  let edges = 0;
  let undated = 0;
  for (const e of visible.edges) {
    const b = bounds.edges.get(e.id);
    if (b === undefined) undated += 1;
    else if (holds(b)) {
      edges += 1;
      linked.add(e.source).add(e.target);
    }
  }
  let nodes = 0;
  for (const n of visible.nodes) if (linked.has(n.id) || (n.type === 'Event' && holds(bounds.events.get(n.id)))) nodes += 1;
  return { nodes, edges, undated };
}
