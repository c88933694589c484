/** Adjectives of origin or location before a name ("amerikanska BLUEFIN", "the Bradford-based X") as place mentions. */
import type { Candidate, DocumentContext } from './candidate.js';
import { isLowerWord, isNameToken } from './nameTokens.js';
import type { Tok } from './tokenize.js';

/** "Bradford-based": a gazetteer place with an ending that makes it an adjective. */
function basedPlace(ctx: DocumentContext, t: Tok) {
  const suffix = ctx.lang.basedSuffixes.find((x) => t.lower.endsWith(x) && t.lower.length > x.length);
  return suffix ? ctx.knowledge.places.get(t.lower.slice(0, -suffix.length)) : undefined;
}

/** How far the name may follow the adjective: a cue noun may stand between. */
const REACH = 2;

export function findDemonymPlaces(ctx: DocumentContext, s: number, toks: Tok[]): Candidate[] {
  const found: Candidate[] = [];
  toks.forEach((t, i) => {
    const place = isLowerWord(t) ? ctx.knowledge.demonyms.get(t.lower) : basedPlace(ctx, t);
    if (!place) return;
    for (let k = i + 1; k <= i + REACH && k < toks.length; k++) {
      const next = toks[k]!;
      if (isNameToken(next)) {
        found.push({ sentence: s, first: i, last: i + 1, start: t.start, end: t.end, name: place.name, strong: true, votes: [{ type: 'Place', weight: 6, why: 'demonym' }] });
        return;
      }
      if (!isLowerWord(next) || !ctx.lang.cueNouns.get(next.lower)) return;
    }
  });
  return found;
}
