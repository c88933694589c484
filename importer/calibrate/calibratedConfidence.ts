/**
 * A relation's confidence is the measured precision of the mechanism that found it: per relation type where that
 * type was seen often enough, else over all its types. Unmeasured mechanisms keep the rule's own estimate.
 */
import type { RelationType } from '../../src/model/index.js';
import type { MeasuredMechanism } from './calibrationSchema.js';

/** Fewer judged relations than this and a (mechanism, type) figure is noise: the mechanism's overall figure stands in. */
export const MIN_SUPPORT = 8;

/** Looks up the calibrated confidence of a mechanism for a relation type; undefined when it was never measured. */
export type Calibration = (mechanism: string, type: RelationType) => number | undefined;

/** Laplace's rule of succession: a mechanism right 3 times of 3 is not certain. */
export const smoothedPrecision = (m: Pick<MeasuredMechanism, 'correct' | 'predicted'>) => (m.correct + 1) / (m.predicted + 2);

export function calibration(measured: MeasuredMechanism[]): Calibration {
  const byKey = new Map(measured.map((m) => [`${m.mechanism}\u0000${m.type ?? ''}`, m]));
  return (mechanism, type) => {
    const typed = byKey.get(`${mechanism}\u0000${type}`);
    if (typed && typed.predicted >= MIN_SUPPORT) return smoothedPrecision(typed);
    const overall = byKey.get(`${mechanism}\u0000`);
    return overall && overall.predicted > 0 ? smoothedPrecision(overall) : undefined;
  };
}

export const NO_CALIBRATION: Calibration = () => undefined;
