import { describe, expect, it } from 'vitest';
import { breakdown, precisionAtOrAbove, type Judgement } from '../../../../importer/eval/relationJudgements.js';

const j = (type: Judgement['type'], mechanisms: string[], confidence: number, correct: boolean): Judgement => ({ type, mechanisms, confidence, correct });

const judged = [
  j('FUNDED_BY', ['trigger'], 0.95, true),
  j('FUNDED_BY', ['trigger', 'frame:list'], 0.85, true),
  j('WORKS_AT', ['affiliation:title'], 0.72, false),
  j('PARTICIPATES_IN', ['frame:initiative'], 0.4, false),
];

describe('relation breakdown', () => {
  it('scores each relation type against the gold relations of that type', () => {
    const b = breakdown(judged, ['FUNDED_BY', 'FUNDED_BY', 'FUNDED_BY', 'WORKS_AT']);
    expect(b.byType.FUNDED_BY).toMatchObject({ tp: 2, predicted: 2, gold: 3, precision: 1 });
    expect(b.byType.WORKS_AT).toMatchObject({ tp: 0, predicted: 1, gold: 1 });
    expect(b.byType.PARTICIPATES_IN).toMatchObject({ tp: 0, predicted: 1, gold: 0 });
    expect(b.byType.SUPPORTS).toBeUndefined();
  });

  it('credits every mechanism that found a relation, recall as a share of all gold relations', () => {
    const b = breakdown(judged, ['FUNDED_BY', 'FUNDED_BY', 'FUNDED_BY', 'WORKS_AT']);
    expect(b.byMechanism.trigger).toEqual({ tp: 2, predicted: 2, precision: 1, recall: 0.5 });
    expect(b.byMechanism['frame:list']).toMatchObject({ tp: 1, predicted: 1, recall: 0.25 });
    expect(b.byMechanism['frame:initiative']).toMatchObject({ tp: 0, precision: 0 });
  });

  it('bins relations by confidence and tells how many at or above a floor are right', () => {
    const b = breakdown(judged, []);
    expect(b.bins.find((x) => x.from === 0.9)).toMatchObject({ predicted: 1, correct: 1 });
    expect(b.bins.find((x) => x.from === 0.7)).toMatchObject({ predicted: 1, correct: 0 });
    expect(b.bins.reduce((n, x) => n + x.predicted, 0)).toBe(judged.length);
    expect(precisionAtOrAbove(judged, 0.7)).toEqual({ predicted: 3, correct: 2, precision: 2 / 3 });
  });
});
