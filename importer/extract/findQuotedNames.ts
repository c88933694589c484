/** Quoted names of events and programmes: evenemanget “Ripples”, the «Nordic Impact Days» conference. */
import { spanCandidate, type Candidate, type DocumentContext } from './candidate.js';
import { isLowerWord, isNameToken, isQuote } from './nameTokens.js';
import type { Tok } from './tokenize.js';
import { internalVotes, namingVotes } from './typeEvidence.js';

const MAX_WORDS = 6;

export function findQuotedNames(ctx: DocumentContext, s: number, toks: Tok[], taken: boolean[]): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!isQuote(toks[i])) continue;
    let j = i + 1;
    while (j < toks.length && j <= i + MAX_WORDS + 1 && !isQuote(toks[j]) && !/^[.!?]$/.test(toks[j]!.text)) j++;
    if (!isQuote(toks[j]) || j === i + 1 || !isNameToken(toks[i + 1])) continue;
    const c = spanCandidate(ctx, s, toks, i + 1, j);
    const before = toks[i - 1];
    const cue = isLowerWord(before) || before?.initial ? ctx.lang.cueNouns.get(before!.lower) : undefined;
    c.votes = [...internalVotes(ctx, toks, c), ...namingVotes(ctx, toks, c.first)];
    if (cue) c.votes.push({ type: cue.type, weight: 4, why: `cue ${before!.lower}` });
    // A quoted phrase with neither a cue noun nor a type word is a slogan or a title, not a name.
    if (!cue && !c.votes.length) continue;
    c.strong = true;
    found.push(c);
    for (let k = i; k <= j; k++) taken[k] = true;
    i = j;
  }
  return found;
}
