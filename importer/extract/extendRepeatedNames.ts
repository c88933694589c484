/**
 * Nordic names are often capitalised on the first word only ("Gemensam framtid", "Trådar till arbete"). When a
 * capitalised name is followed by the same lower-case words at least twice and never by others, they belong to it.
 */
import { foldKey } from '../lexicon/fold.js';
import type { Candidate, DocumentContext } from './candidate.js';
import { isContentWord, isLowerWord } from './nameTokens.js';
import type { Tok } from './tokenize.js';

const MIN_REPEATS = 2;
/** Lower-case words a tail may hold: "till arbete", "om jobb", "i glesbygd". */
const MAX_TAIL = 3;

/**
 * The lower-case words right after a name, up to the end of the phrase: content words, with prepositions or
 * connectors between them ("till arbete"), ending on a content word before punctuation or the sentence's end.
 */
function tail(ctx: DocumentContext, toks: Tok[], from: number): Tok[] {
  const words: Tok[] = [];
  let k = from;
  for (; k < toks.length && words.length < MAX_TAIL && isLowerWord(toks[k]); k++) {
    const t = toks[k]!;
    const linking = ctx.lang.connectors.has(t.lower) || ctx.lang.prepositions.has(t.lower);
    if (!isContentWord(ctx, t) && !(linking && words.length < MAX_TAIL - 1)) break;
    words.push(t);
  }
  const ends = k >= toks.length || toks[k]!.kind === 'punct';
  return ends && words.length && isContentWord(ctx, words.at(-1)) ? words : [];
}

export function extendRepeatedNames(ctx: DocumentContext, candidates: Candidate[]): Candidate[] {
  const followers = new Map<string, (string | null)[]>();
  const tails = candidates.map((c) => {
    const toks = ctx.sentences[c.sentence]!;
    const next = toks[c.last];
    // A genitive is followed by what it owns ("Nordstjernans netværk"), a cue noun by a name: neither extends a name.
    const genitive = /s$/u.test(c.name) && !ctx.knowledge.places.has(c.name.toLowerCase());
    const usable = isContentWord(ctx, next) && !ctx.lang.postHeads.get(next.lower) && !ctx.lang.cueNouns.get(next.lower);
    const phrase = tail(ctx, toks, c.last);
    const words = phrase.length > 1 ? phrase : usable ? [next] : [];
    return genitive ? [] : words;
  });
  candidates.forEach((c, i) => {
    const key = foldKey(c.name);
    const words = tails[i]!;
    const follower = words.length ? words.map((t) => t.lower).join(' ') : null;
    const seen = followers.get(key);
    if (seen) seen.push(follower);
    else followers.set(key, [follower]);
  });
  const extendBy = new Set<string>();
  for (const [key, words] of followers) {
    const first = words[0];
    if (first && words.length >= MIN_REPEATS && words.every((w) => w === first)) extendBy.add(key);
  }
  if (!extendBy.size) return candidates;
  return candidates.map((c, i) => {
    if (!extendBy.has(foldKey(c.name))) return c;
    const words = tails[i]!;
    const last = words.at(-1)!;
    return { ...c, last: c.last + words.length, end: last.end, name: ctx.text.slice(c.start, last.end) };
  });
}
