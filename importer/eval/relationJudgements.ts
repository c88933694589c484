/**
 * Where relations are found and lost: typed-relation scores per relation type and per extraction mechanism, and
 * how often relations are right at each confidence, from the judged predictions of many documents.
 */
import { RELATION_TYPES, type RelationType } from '../../src/model/index.js';
import { measureMechanisms } from '../calibrate/measureMechanisms.js';
import { score, type Score } from './scores.js';

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
  // The same counts calibration stores, over all types of each mechanism.
  const overall = measureMechanisms(judgements).filter((m) => !m.type);
  const byMechanism = Object.fromEntries(
    overall.sort((a, b) => b.predicted - a.predicted).map((m) => {
      const s = score({ tp: m.correct, predicted: m.predicted, gold: goldTypes.length });
      return [m.mechanism, { tp: m.correct, predicted: m.predicted, precision: s.precision, recall: s.recall }];
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
