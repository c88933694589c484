/** What a brushed period leaves of the visible slice (shownInPeriod's rule), for the timeline's note. */
import type { VisibleSlice } from '../graph/visibleSlice.js';
import type { Period } from './period.js';
import { buildPeriodIndex, shownInPeriod, type PeriodIndex } from './periodIndex.js';
import type { TimeBounds } from './timeBounds.js';

export interface PeriodSummary {
  nodes: number;
  edges: number;
  /** Links in view hidden only because they carry no date. */
  undated: number;
}

/** Built once per visible slice; each brush then only runs shownInPeriod. */
export function sliceIndex(visible: VisibleSlice, bounds: TimeBounds): PeriodIndex {
  const position = new Map<string, number>();
  const nodeIds = visible.nodes.map((n, i) => (position.set(n.id, i), n.id));
  const ends = new Int32Array(visible.edges.length * 2);
  visible.edges.forEach((e, i) => {
    ends[2 * i] = position.get(e.source)!;
    ends[2 * i + 1] = position.get(e.target)!;
  });
  return buildPeriodIndex(bounds, nodeIds, visible.edges.map((e) => e.id), ends);
}

export function periodSummary(index: PeriodIndex, period: Period): PeriodSummary {
  const shown = shownInPeriod(index, period);
  return { nodes: shown.nodeCount, edges: shown.edgeCount, undated: shown.undated };
}
