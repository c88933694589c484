import { describe, expect, it } from 'vitest';
import type { ScoredSide } from '../../../../importer/eval/goldSchema.js';
import { goldSide } from '../../../../importer/eval/loadGold.js';
import { NameMatcher } from '../../../../importer/eval/matchNames.js';
import { scoreDocument } from '../../../../importer/eval/scoreDocument.js';

const matcher = new NameMatcher(new Set(['the']));

const gold = goldSide(
  {
    doc: 'made-up.txt',
    entities: [
      { name: 'Blue Harbour Trust', aliases: [], type: 'Organisation' },
      { name: 'Ada Berg', aliases: [], type: 'Person' },
      { name: 'Harbour Days', aliases: [], type: 'Event', date: { from: '2024-06-01', to: '2024-06-02', precision: 'day' } },
      { name: 'Northwind', aliases: [], type: 'Organisation' },
    ],
    relations: [
      { source: 'Blue Harbour Trust', target: 'Ada Berg', type: 'FOUNDED_BY', date: { at: '1998', precision: 'year' } },
      { source: 'Blue Harbour Trust', target: 'Northwind', type: 'PARTNERS_WITH', date: { from: '2019', precision: 'year' } },
      { source: 'Harbour Days', target: 'Blue Harbour Trust', type: 'ORGANISED_BY' },
    ],
  },
  matcher,
);

const entities: ScoredSide['entities'] = [
  { name: 'Blue Harbour Trust', aliases: [], type: 'Organisation' },
  { name: 'Ada Berg', aliases: [], type: 'Person' },
  { name: 'Harbour Days', aliases: [], type: 'Event', dates: [{ from: '2024-06-01', to: '2024-06-02', precision: 'day' }] },
  { name: 'Northwind', aliases: [], type: 'Organisation' },
];

describe('date scores', () => {
  it('counts a date right where it sits on a matched relation or entity with the gold values', () => {
    const predicted: ScoredSide = {
      entities,
      relations: [
        { source: 0, target: 1, type: 'FOUNDED_BY', dates: [{ at: '1998', precision: 'year' }] },
        // Right relation, wrong reading of the date: "since" read as a moment.
        { source: 3, target: 0, type: 'PARTNERS_WITH', dates: [{ at: '2019', precision: 'year' }] },
        // A date on a relation the gold leaves undated.
        { source: 2, target: 0, type: 'ORGANISED_BY', dates: [{ at: '2024', precision: 'year' }] },
      ],
    };
    const s = scoreDocument('made-up.txt', predicted, gold, matcher);
    expect(s.scores.dates).toMatchObject({ tp: 2, predicted: 4, gold: 3 });
    expect(s.errors.missedDates).toEqual(['Blue Harbour Trust PARTNERS_WITH Northwind: from 2019']);
    expect(s.errors.spuriousDates).toEqual([
      'Northwind PARTNERS_WITH Blue Harbour Trust: at 2019 (gold from 2019)',
      'Harbour Days ORGANISED_BY Blue Harbour Trust: at 2024',
    ]);
  });

  it('counts no date right on a relation the gold does not have', () => {
    const predicted: ScoredSide = { entities, relations: [{ source: 1, target: 0, type: 'WORKS_AT', dates: [{ at: '1998', precision: 'year' }] }] };
    expect(scoreDocument('made-up.txt', predicted, gold, matcher).scores.dates).toMatchObject({ tp: 1, predicted: 2, gold: 3 });
  });
});
