/**
 * Dates against gold dates: a predicted date is right where it sits on a matched relation or entity and states the
 * gold date's values (same from, to and at). Precision over every date predicted, recall over every gold date.
 */
import type { TimeSpan } from '../../src/model/index.js';
import type { NamedEntity, NamedRelation, ScoredSide } from './goldSchema.js';
import type { Counts } from './scores.js';

const same = (a: TimeSpan, b: TimeSpan) => a.from === b.from && a.to === b.to && a.at === b.at;
const show = (t: TimeSpan) => (t.at ? `at ${t.at}` : [t.from && `from ${t.from}`, t.to && `to ${t.to}`].filter(Boolean).join(' '));

export interface DateScore {
  counts: Counts;
  missed: string[];
  spurious: string[];
}

type Dated = NamedEntity | NamedRelation;

export function scoreDates(
  pairs: { predicted: Dated; gold: Dated | undefined; label: string }[],
  gold: ScoredSide,
  goldLabel: (item: Dated) => string,
): DateScore {
  const found = new Set<Dated>();
  const spurious: string[] = [];
  let tp = 0;
  let predicted = 0;
  for (const p of pairs) {
    for (const date of p.predicted.dates ?? []) {
      predicted++;
      const right = p.gold?.dates?.some((g) => same(g, date));
      if (right) {
        tp++;
        found.add(p.gold!);
      } else spurious.push(`${p.label}: ${show(date)}${p.gold?.dates?.length ? ` (gold ${p.gold.dates.map(show).join(', ')})` : ''}`);
    }
  }
  const goldItems: Dated[] = [...gold.entities, ...gold.relations].filter((x) => x.dates?.length);
  const missed = goldItems.filter((x) => !found.has(x)).map((x) => `${goldLabel(x)}: ${x.dates!.map(show).join(', ')}`);
  return { counts: { tp, predicted, gold: goldItems.reduce((n, x) => n + x.dates!.length, 0) }, missed, spurious };
}
