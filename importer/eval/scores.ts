/** Counts of true positives against predicted and gold totals, and the precision/recall/F1 they give. */

export interface Counts {
  tp: number;
  predicted: number;
  gold: number;
}

export interface Score extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export const METRICS = ['entities', 'typedEntities', 'links', 'relations', 'dates'] as const;
export type Metric = (typeof METRICS)[number];

export function score(c: Counts): Score {
  // Nothing predicted and nothing to find is a perfect score, not 0/0.
  const precision = c.predicted === 0 ? (c.gold === 0 ? 1 : 0) : c.tp / c.predicted;
  const recall = c.gold === 0 ? (c.predicted === 0 ? 1 : 0) : c.tp / c.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

/** Micro-average: add up the counts of every document, then score the sums. */
export function microAverage(all: Counts[]): Score {
  return score(
    all.reduce((sum, c) => ({ tp: sum.tp + c.tp, predicted: sum.predicted + c.predicted, gold: sum.gold + c.gold }), {
      tp: 0,
      predicted: 0,
      gold: 0,
    }),
  );
}
