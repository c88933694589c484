/**
 * Nordic names are often capitalised on the first word only ("Gemensam framtid"). When a capitalised name is
 * followed by the same lower-case word at least twice and never by another, that word belongs to the name.
 */
import { foldKey } from '../lexicon/fold.js';
import type { Candidate, DocumentContext } from './candidate.js';
import { isContentWord } from './nameTokens.js';

const MIN_REPEATS = 2;

export function extendRepeatedNames(ctx: DocumentContext, candidates: Candidate[]): Candidate[] {
  const followers = new Map<string, (string | null)[]>();
  for (const c of candidates) {
    const next = ctx.sentences[c.sentence]![c.last];
    // A genitive is followed by what it owns ("Nordstjernans netværk"), a cue noun by a name: neither extends a name.
    const genitive = /s$/u.test(c.name) && !ctx.knowledge.places.has(c.name.toLowerCase());
    const usable = isContentWord(ctx, next) && !ctx.lang.postHeads.get(next.lower) && !ctx.lang.cueNouns.get(next.lower);
    const word = usable && !genitive ? next.lower : null;
    const key = foldKey(c.name);
    followers.set(key, [...(followers.get(key) ?? []), word]);
  }
  const extendBy = new Map<string, string>();
  for (const [key, words] of followers) {
    const first = words[0];
    if (first && words.length >= MIN_REPEATS && words.every((w) => w === first)) extendBy.set(key, first);
  }
  if (!extendBy.size) return candidates;
  return candidates.map((c) => {
    if (!extendBy.has(foldKey(c.name))) return c;
    const next = ctx.sentences[c.sentence]![c.last]!;
    return { ...c, last: c.last + 1, end: next.end, name: ctx.text.slice(c.start, next.end) };
  });
}
