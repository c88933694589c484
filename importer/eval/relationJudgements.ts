/**
 * Where relations are found and lost: typed-relation scores per relation type and per extraction mechanism, and
 * how often relations are right at each confidence, from the judged predictions of many documents.
 */
import { RELATION_TYPES, type RelationType } from '../../src/model/index.js';
import { score, type Counts, type Score } from './scores.js';

/** One predicted relation, judged against the gold of its document. */
export interface Judgement {
  /** "Source TYPE Target", as the extractor named them. */
  relation?: string;
  type: RelationType;
  mechanisms: string[];
  confidence: number;
  correct: boolean;
}

export interface MechanismScore {
  tp: number;
  predicted: number;
  precision: number;
  /** Of all gold relations, the share this mechanism found: its part of recall. */
  recall: number;
}

export interface ConfidenceBin {
  /** Lowest confidence in the bin, inclusive; the bin runs to the next bin's floor. */
  from: number;
  predicted: number;
  correct: number;
  precision: number;
}

export interface RelationBreakdown {
  byType: Partial<Record<RelationType, Score>>;
  byMechanism: Record<string, MechanismScore>;
  bins: ConfidenceBin[];
}

const BIN_FLOORS = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0];

export function breakdown(judgements: Judgement[], goldTypes: RelationType[]): RelationBreakdown {
  const byType: Partial<Record<RelationType, Score>> = {};
  for (const type of RELATION_TYPES) {
    const judged = judgements.filter((j) => j.type === type);
    const gold = goldTypes.filter((t) => t === type).length;
    if (judged.length || gold) byType[type] = score({ tp: judged.filter((j) => j.correct).length, predicted: judged.length, gold });
  }
  const counts = new Map<string, Counts>();
  for (const j of judgements) {
    for (const m of j.mechanisms) {
      const c = counts.get(m) ?? { tp: 0, predicted: 0, gold: goldTypes.length };
      c.predicted++;
      if (j.correct) c.tp++;
      counts.set(m, c);
    }
  }
  const byMechanism = Object.fromEntries(
    [...counts].sort(([, a], [, b]) => b.predicted - a.predicted).map(([m, c]) => {
      const s = score(c);
      return [m, { tp: c.tp, predicted: c.predicted, precision: s.precision, recall: s.recall }];
    }),
  );
  return { byType, byMechanism, bins: confidenceBins(judgements) };
}

export function confidenceBins(judgements: Judgement[]): ConfidenceBin[] {
  return BIN_FLOORS.map((from, i) => {
    const to = i === 0 ? Infinity : BIN_FLOORS[i - 1]!;
    const inBin = judgements.filter((j) => j.confidence >= from && j.confidence < to);
    const correct = inBin.filter((j) => j.correct).length;
    return { from, predicted: inBin.length, correct, precision: inBin.length ? correct / inBin.length : 0 };
  });
}

/** The share of relations at or above a confidence that are right: what a minimum-confidence filter promises. */
export function precisionAtOrAbove(judgements: Judgement[], floor: number): { predicted: number; correct: number; precision: number } {
  const above = judgements.filter((j) => j.confidence >= floor);
  const correct = above.filter((j) => j.correct).length;
  return { predicted: above.length, correct, precision: above.length ? correct / above.length : 0 };
}
