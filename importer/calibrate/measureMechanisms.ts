/** Counts, from judged predictions, how often each mechanism was right: overall and per relation type. */
import type { Judgement } from '../eval/relationJudgements.js';
import type { MeasuredMechanism } from './calibrationSchema.js';

export function measureMechanisms(judgements: Judgement[]): MeasuredMechanism[] {
  const counts = new Map<string, MeasuredMechanism>();
  const count = (mechanism: string, type: Judgement['type'] | undefined, correct: boolean) => {
    const key = `${mechanism}\u0000${type ?? ''}`;
    const m = counts.get(key) ?? { mechanism, ...(type ? { type } : {}), correct: 0, predicted: 0 };
    m.predicted++;
    if (correct) m.correct++;
    counts.set(key, m);
  };
  for (const j of judgements) {
    for (const mechanism of j.mechanisms) {
      count(mechanism, undefined, j.correct);
      count(mechanism, j.type, j.correct);
    }
  }
  // A mechanism that found one type only needs no typed figure: it would repeat the overall one.
  const overall = (m: MeasuredMechanism) => counts.get(`${m.mechanism}\u0000`)!;
  return [...counts.values()]
    .filter((m) => !m.type || overall(m).predicted !== m.predicted)
    .sort((a, b) => a.mechanism.localeCompare(b.mechanism) || (a.type ?? '').localeCompare(b.type ?? ''));
}
