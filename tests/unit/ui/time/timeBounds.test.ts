import { describe, expect, it } from 'vitest';
import { spanOverlaps, type GraphEdge, type TimeSpan } from '../../../../src/model/index.js';
import { periodDays } from '../../../../src/ui/time/period.js';
import { buildPeriodIndex, shownInPeriod } from '../../../../src/ui/time/periodIndex.js';
import { sceneTimeBounds, timeBounds } from '../../../../src/ui/time/timeBounds.js';
import { edge, node } from '../fixtures.js';

const dated = (e: GraphEdge, time: TimeSpan): GraphEdge => ({ ...e, time });

describe('time bounds of a scene', () => {
  const spans: TimeSpan[] = [
    { at: '1980', precision: 'year' },
    { from: '1995', precision: 'year' },
    { to: '2009-06', precision: 'month' },
    { from: '2018', to: '2020', precision: 'year' },
    { at: '2023-06-16', precision: 'day' },
    { at: '--06-16', precision: 'day' },
  ];
  const edges = spans.map((t, i) => dated(edge(`a${i}`, 'SUPPORTS', `b${i}`), t));

  it('shown in a period exactly when spanOverlaps says they hold in it, for every kind of span', () => {
    const ids = edges.flatMap((e) => [e.source, e.target]);
    const index = buildPeriodIndex(timeBounds([], edges), ids, edges.map((e) => e.id), Int32Array.from(ids.keys()));
    for (const [from, to] of [[1970, 1979], [1980, 1980], [2009, 2009], [2010, 2015], [2019, 2019], [2023, 2030]] as const) {
      const days = periodDays({ from, to });
      const shown = shownInPeriod(index, { from, to });
      edges.forEach((e, i) => {
        expect(shown.edges[i] === 1, `${JSON.stringify(e.time)} in ${from}-${to}`).toBe(spanOverlaps(e.time!, days.first, days.last));
      });
    }
  });

  it('leave out undated relations, yearless dates and non-events', () => {
    const bounds = timeBounds(
      [{ ...node('gathering', 'Event'), time: { at: '2023-06-16', precision: 'day' } }, { ...node('org'), time: { at: '2001', precision: 'year' } }],
      [...edges, edge('x', 'PARTNERS_WITH', 'y')],
    );
    expect(bounds.edges.size).toBe(5);
    expect([...bounds.events.keys()]).toEqual(['gathering']);
  });

  it('are worked out once per scene', () => {
    const scene = { nodes: new Map(), edges: new Map(edges.map((e) => [e.id, e])) };
    expect(sceneTimeBounds(scene)).toBe(sceneTimeBounds({ ...scene }));
    expect(sceneTimeBounds(scene)).not.toBe(sceneTimeBounds({ ...scene, nodes: new Map() }));
  });
});
