/** Which merges a split takes back: those into its entity of the entity it names (by id, name or alias). */
import type { Extraction } from '../../src/model/index.js';
import type { Corrections } from './correctionsSchema.js';

const fold = (s: string) => s.trim().toLocaleLowerCase();

/** Indexes of the merges that splits cancel; `warn` gets each split that takes nothing back. */
export function cancelledMerges(corrections: Corrections, input: Extraction, warn: (i: number, message: string) => void): Set<number> {
  const byId = new Map(input.entities.map((e) => [e.id, e]));
  const namesOf = (id: string) => {
    const e = byId.get(id);
    return new Set([id, ...(e ? [e.name, ...e.aliases] : [])].map(fold));
  };
  const cancelled = new Set<number>();
  corrections.split.forEach((s, i) => {
    const hits = corrections.merge.flatMap((m, j) => (m.into === s.entity && namesOf(m.from).has(fold(s.name)) ? [j] : []));
    if (hits.length === 0) warn(i, `no merge into "${s.entity}" brought in "${s.name}"`);
    for (const j of hits) cancelled.add(j);
  });
  return cancelled;
}
