/** Review states of the corrections file, keyed like the graph after merges; claims that match nothing are reported. */
import { relationKey, type Extraction, type ReviewState } from '../../src/model/index.js';
import type { ClaimItem, CorrectionKind, Corrections } from './correctionsSchema.js';
import type { CuratedRelation, CuratedReview } from './curation.js';

export function curateReviews(
  corrections: Corrections,
  extraction: Extraction,
  added: CuratedRelation[],
  map: (id: string) => string,
  warn: (kind: CorrectionKind, i: number, message: string) => void,
): CuratedReview[] {
  const entities = new Set(extraction.entities.map((e) => e.id));
  const relations = new Set([...extraction.relations.map(relationKey), ...added.map((r) => r.id)]);
  const byKey = new Map<string, CuratedReview>();
  const take = (kind: 'verify' | 'reject', state: ReviewState) => (c: ClaimItem, i: number) => {
    const line = corrections.lineOf(kind, i);
    const review = { state, by: c.by ?? 'corrections file', at: c.at ?? '', ...(c.note ? { note: c.note } : {}) };
    let claim: CuratedReview;
    if ('entity' in c) {
      claim = { kind: 'entity', key: map(c.entity), review, line };
      if (!entities.has(claim.key)) warn(kind, i, `"${c.entity}" is not among the entities of the imported documents`);
    } else {
      claim = { kind: 'relation', key: relationKey({ source: map(c.source), type: c.type, target: map(c.target) }), review, line };
      const missing = [c.source, c.target].find((id) => !entities.has(map(id)));
      if (missing) warn(kind, i, `"${missing}" is not among the entities of the imported documents`);
      else if (!relations.has(claim.key)) warn(kind, i, `no relation ${claim.key} was extracted or added`);
    }
    // A claim listed twice (a hand edit): the later review wins, as it would have had it come through the API.
    const seen = byKey.get(claim.key);
    if (seen) warn(kind, i, `${claim.key} is also reviewed at line ${seen.line}; the later review counts`);
    if (!seen || seen.review.at <= review.at) byKey.set(claim.key, claim);
  };
  corrections.verify.forEach(take('verify', 'verified'));
  corrections.reject.forEach(take('reject', 'rejected'));
  return [...byKey.values()];
}
