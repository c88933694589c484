/** One-to-one matching of predicted to gold entities: best similarity first, so a second prediction stays unmatched. */
import type { NamedEntity } from './goldSchema.js';
import type { NameMatcher } from './matchNames.js';

/** For each prediction, the index of the gold entity it matched, or undefined. */
export function matchEntities(predicted: NamedEntity[], gold: NamedEntity[], matcher: NameMatcher): (number | undefined)[] {
  const keysOf = (e: NamedEntity) => [...new Set([e.name, ...e.aliases].map((n) => matcher.normalise(n)))];
  const goldKeys = gold.map(keysOf);
  const candidates: { p: number; g: number; similarity: number; sameType: boolean }[] = [];
  predicted.forEach((entity, p) => {
    const keys = keysOf(entity);
    goldKeys.forEach((gk, g) => {
      const similarity = matcher.bestSimilarity(keys, gk);
      if (similarity > 0) candidates.push({ p, g, similarity, sameType: entity.type === gold[g]!.type });
    });
  });
  // Exact before fuzzy; on a tie the prediction of the right type wins, then the earlier one (deterministic).
  candidates.sort((a, b) => b.similarity - a.similarity || Number(b.sameType) - Number(a.sameType) || a.p - b.p || a.g - b.g);
  const toGold: (number | undefined)[] = predicted.map(() => undefined);
  const taken = new Set<number>();
  for (const c of candidates) {
    if (toGold[c.p] !== undefined || taken.has(c.g)) continue;
    toGold[c.p] = c.g;
    taken.add(c.g);
  }
  return toGold;
}
