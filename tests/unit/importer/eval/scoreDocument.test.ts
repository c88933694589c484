import { describe, expect, it } from 'vitest';
import type { ScoredSide } from '../../../../importer/eval/goldSchema.js';
import { goldSide } from '../../../../importer/eval/loadGold.js';
import { NameMatcher } from '../../../../importer/eval/matchNames.js';
import { scoreDocument } from '../../../../importer/eval/scoreDocument.js';
import { microAverage, score } from '../../../../importer/eval/scores.js';

const matcher = new NameMatcher(new Set(['the', 'organisationen']));

const gold = goldSide(
  {
    doc: 'made-up.txt',
    entities: [
      { name: 'Blue Harbour Trust', aliases: ['BHT'], type: 'Organisation' },
      { name: 'Northwind Cooperative', aliases: [], type: 'Organisation' },
      { name: 'Tromsø', aliases: ['Tromso'], type: 'Place' },
      { name: 'The Bridge Programme', aliases: [], type: 'Programme' },
    ],
    relations: [
      { source: 'Blue Harbour Trust', target: 'Northwind Cooperative', type: 'PARTNERS_WITH' },
      { source: 'BHT', target: 'Tromsø', type: 'LOCATED_IN' },
      { source: 'Blue Harbour Trust', target: 'The Bridge Programme', type: 'RUNS' },
    ],
  },
  matcher,
);

const side = (entities: ScoredSide['entities'], relations: ScoredSide['relations'] = []): ScoredSide => ({ entities, relations });

describe('scoreDocument', () => {
  it('matches a prediction through an alias, an article and a typo', () => {
    const predicted = side([
      { name: 'organisationen BHT', aliases: [], type: 'Organisation' },
      { name: 'Bridge Programme', aliases: [], type: 'Programme' },
      { name: 'Northwind Cooperatve', aliases: [], type: 'Organisation' },
      { name: 'Tromso', aliases: [], type: 'Place' },
    ]);
    const s = scoreDocument('d', predicted, gold, matcher);
    expect(s.scores.entities).toMatchObject({ tp: 4, predicted: 4, gold: 4, precision: 1, recall: 1, f1: 1 });
    expect(s.errors.missedEntities).toEqual([]);
  });

  it('counts a second prediction for the same gold entity as a false positive', () => {
    const predicted = side([
      { name: 'Blue Harbour Trust', aliases: [], type: 'Organisation' },
      { name: 'BHT', aliases: [], type: 'Organisation' },
    ]);
    const s = scoreDocument('d', predicted, gold, matcher);
    expect(s.scores.entities).toMatchObject({ tp: 1, predicted: 2, gold: 4 });
    expect(s.errors.spuriousEntities).toEqual(['BHT (Organisation)']);
  });

  it('gives the gold entity to the exact match rather than the fuzzy one', () => {
    const predicted = side([
      { name: 'Blue Harbor Trust', aliases: [], type: 'Organisation' },
      { name: 'Blue Harbour Trust', aliases: [], type: 'Organisation' },
    ]);
    const s = scoreDocument('d', predicted, gold, matcher);
    expect(s.errors.spuriousEntities).toEqual(['Blue Harbor Trust (Organisation)']);
  });

  it('scores typed entities only when the type matches too', () => {
    const predicted = side([
      { name: 'Blue Harbour Trust', aliases: [], type: 'Organisation' },
      { name: 'Tromsø', aliases: [], type: 'Organisation' },
    ]);
    const s = scoreDocument('d', predicted, gold, matcher);
    expect(s.scores.entities.tp).toBe(2);
    expect(s.scores.typedEntities.tp).toBe(1);
    expect(s.errors.wrongTypes).toEqual(['Tromsø: Organisation, gold Place']);
  });

  it('lets symmetric relations match in either direction and directed ones only in theirs', () => {
    const entities: ScoredSide['entities'] = [
      { name: 'Northwind Cooperative', aliases: [], type: 'Organisation' },
      { name: 'Blue Harbour Trust', aliases: [], type: 'Organisation' },
      { name: 'Tromsø', aliases: [], type: 'Place' },
      { name: 'Bridge Programme', aliases: [], type: 'Programme' },
    ];
    const predicted = side(entities, [
      { source: 0, target: 1, type: 'PARTNERS_WITH' }, // reversed symmetric: right
      { source: 2, target: 1, type: 'LOCATED_IN' }, // reversed directed: wrong relation, right link
      { source: 1, target: 3, type: 'FUNDED_BY' }, // wrong type: right link only
    ]);
    const s = scoreDocument('d', predicted, gold, matcher);
    expect(s.scores.links).toMatchObject({ tp: 3, predicted: 3, gold: 3 });
    expect(s.scores.relations).toMatchObject({ tp: 1, predicted: 3, gold: 3 });
    expect(s.errors.missedRelations).toEqual(['Blue Harbour Trust LOCATED_IN Tromsø', 'Blue Harbour Trust RUNS The Bridge Programme']);
  });

  it('never credits a relation whose ends match no gold entity', () => {
    const predicted = side(
      [
        { name: 'Blue Harbour Trust', aliases: [], type: 'Organisation' },
        { name: 'Southwind Cooperative', aliases: [], type: 'Organisation' },
        { name: 'Eastwind Cooperative', aliases: [], type: 'Organisation' },
      ],
      [
        { source: 0, target: 1, type: 'PARTNERS_WITH' },
        { source: 1, target: 2, type: 'PARTNERS_WITH' },
      ],
    );
    const s = scoreDocument('d', predicted, gold, matcher);
    expect(s.scores.links).toMatchObject({ tp: 0, predicted: 2, gold: 3 });
    expect(s.scores.relations.tp).toBe(0);
  });
});

describe('goldSide', () => {
  it('rejects a gold relation naming no annotated entity, naming the file', () => {
    expect(() =>
      goldSide({ doc: 'x.txt', entities: [], relations: [{ source: 'A', target: 'B', type: 'RUNS' }] }, matcher, 'gold/x.json'),
    ).toThrow(/gold\/x\.json: relation names "A"/);
  });
});

describe('scores', () => {
  it('computes precision, recall and F1', () => {
    expect(score({ tp: 2, predicted: 4, gold: 2 })).toMatchObject({ precision: 0.5, recall: 1, f1: 2 / 3 });
    expect(score({ tp: 0, predicted: 0, gold: 3 })).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });

  it('micro-averages by adding counts, not by averaging scores', () => {
    const m = microAverage([
      { tp: 1, predicted: 1, gold: 1 },
      { tp: 0, predicted: 9, gold: 9 },
    ]);
    expect(m).toMatchObject({ tp: 1, predicted: 10, gold: 10, precision: 0.1, recall: 0.1 });
  });
});
