/** Joins stated times across documents: one per value and document, in the order first stated. */
import type { StatedTime } from '../../src/model/index.js';

const keyOf = (t: StatedTime) => `${t.from ?? ''}|${t.to ?? ''}|${t.at ?? ''}|${t.precision}|${t.evidence.documentId}`;

export function mergeDates(into: StatedTime[] | undefined, more: readonly StatedTime[] | undefined): StatedTime[] | undefined {
  if (!more?.length) return into;
  const list = into ?? [];
  const seen = new Set(list.map(keyOf));
  for (const t of more) {
    const k = keyOf(t);
    if (!seen.has(k)) {
      seen.add(k);
      list.push(t);
    }
  }
  return list;
}
