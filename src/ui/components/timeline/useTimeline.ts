/** What the timeline shows, from the scene in view: the histogram, and what a brushed period leaves. */
import { useMemo } from 'react';
import { visibleSlice } from '../../graph/visibleSlice.js';
import { histogram, type Histogram } from '../../time/histogram.js';
import { periodSummary, sliceIndex, type PeriodSummary } from '../../time/periodSummary.js';
import { sceneTimeBounds, type Bounds } from '../../time/timeBounds.js';
import { useAtlas } from '../../state/useAtlas.js';

export function useTimeline(): { bars: Histogram; summary: PeriodSummary | null } {
  const scene = useAtlas((s) => s.scene.present);
  const filters = useAtlas((s) => s.filters);
  const documentEntities = useAtlas((s) => s.documentEntities);
  const period = useAtlas((s) => s.period);
  const visible = useMemo(() => visibleSlice(scene, filters, documentEntities), [scene, filters, documentEntities]);
  const bounds = sceneTimeBounds(scene);
  const bars = useMemo(() => {
    const relations: Bounds[] = [];
    let undated = 0;
    for (const e of visible.edges) {
      const b = bounds.edges.get(e.id);
      if (b) relations.push(b);
      else undated += 1;
    }
    const events = visible.nodes.flatMap((n) => bounds.events.get(n.id) ?? []);
    return histogram(relations, events, undated, new Date().getUTCFullYear());
  }, [visible, bounds]);
  const index = useMemo(() => sliceIndex(visible, bounds), [visible, bounds]);
  const summary = useMemo(() => (period ? periodSummary(index, period) : null), [index, period]);
  return { bars, summary };
}
