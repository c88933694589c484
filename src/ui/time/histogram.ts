/**
 * The timeline's bars: per year, how many dated relations and events in view hold in it. A span counts in every year
 * it covers; a relation "since 1995" counts up to this year, one "until 2020" from the first year on the timeline.
 */
import { yearsOf, type Bounds } from './timeBounds.js';

export interface Histogram {
  /** First and last year on the timeline; null when nothing in view is dated. */
  years: { from: number; to: number } | null;
  /** Counts per year from `years.from`, relations and events apart (drawn stacked). */
  relations: number[];
  events: number[];
  /** Items in view that are dated, and relations in view that are not. */
  datedRelations: number;
  datedEvents: number;
  undatedRelations: number;
}

const EMPTY: Histogram = { years: null, relations: [], events: [], datedRelations: 0, datedEvents: 0, undatedRelations: 0 };

/**
 * `relations` and `events` are the bounds of the dated items in view; `undated` counts the relations without a date.
 * `thisYear` ends the open spans (passed in, so a test does not depend on the clock).
 */
export function histogram(relations: readonly Bounds[], events: readonly Bounds[], undated: number, thisYear: number): Histogram {
  const all = [...relations, ...events];
  if (all.length === 0) return { ...EMPTY, undatedRelations: undated };
  let from = Infinity;
  let to = -Infinity;
  for (const b of all) {
    for (const iso of [b.first, b.last]) {
      if (iso === null) continue;
      const y = Number(iso.slice(0, 4));
      from = Math.min(from, y);
      to = Math.max(to, y);
    }
  }
  if (all.some((b) => b.last === null)) to = Math.max(to, thisYear);
  const length = to - from + 1;
  const count = (items: readonly Bounds[]) => {
    // A difference array: each span adds one at its first year and takes it away after its last.
    const diff = new Int32Array(length + 1);
    for (const b of items) {
      const span = yearsOf(b, from, to);
      diff[span.from - from]! += 1;
      diff[span.to - from + 1]! -= 1;
    }
    const out: number[] = [];
    let running = 0;
    for (let i = 0; i < length; i++) out.push((running += diff[i]!));
    return out;
  };
  return {
    years: { from, to },
    relations: count(relations),
    events: count(events),
    datedRelations: relations.length,
    datedEvents: events.length,
    undatedRelations: undated,
  };
}
