/** Names written in lower case after a cue noun: "tilskuddsordningen lokal omstilling og inkludering". */
import { spanCandidate, type Candidate, type DocumentContext } from './candidate.js';
import { isContentWord, isLowerWord, scanLowercaseWords } from './nameTokens.js';
import type { Tok } from './tokenize.js';

const MIN_WORDS = 2;
const MAX_WORDS = 7;

export function findLowercaseNames(ctx: DocumentContext, s: number, toks: Tok[], taken: boolean[]): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i < toks.length - MIN_WORDS; i++) {
    const cueTok = toks[i]!;
    const cue = isLowerWord(cueTok) ? ctx.lang.cueNouns.get(cueTok.lower) : undefined;
    if (!cue?.lowercaseName) continue;
    const firstWord = toks[i + 1];
    // The name opens with an adjective ("sosialt"), which tells it from a verb after the noun ("ordningen gir").
    if (!isContentWord(ctx, firstWord) || !ctx.lang.adjectiveEndings.some((e) => firstWord.lower.endsWith(e))) continue;
    const { end: j, words } = scanLowercaseWords(ctx, toks, i + 1, MAX_WORDS);
    const after = toks[j];
    const boundary = !after || after.kind === 'punct' || ctx.lang.clauseStarts.has(after.lower) || ctx.lang.prepositions.has(after.lower);
    if (words < MIN_WORDS || !boundary) continue;
    const c = spanCandidate(ctx, s, toks, i, j);
    c.strong = true;
    c.votes = [{ type: cue.type, weight: 4, why: `cue ${cueTok.lower}` }];
    found.push(c);
    for (let k = i; k < j; k++) taken[k] = true;
    i = j - 1;
  }
  return found;
}
