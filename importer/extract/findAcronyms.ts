/** Acronyms and their expansions in a sentence: "Long Name (LN)", "Long Name, LN,", "LN (Long Name …)". */
import { foldKey } from '../lexicon/fold.js';
import type { Candidate, DocumentContext } from './candidate.js';

/** Schwartz & Hearst's test: the acronym's letters appear in order in the long form, the first at a word start. */
export function acronymMatches(acronym: string, long: string): boolean {
  const a = acronym.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
  const l = long.toLowerCase();
  if (a.length < 2 || a.length > 10 || l.replace(/[^\p{L}]/gu, '').length <= a.length) return false;
  let li = l.length - 1;
  for (let ai = a.length - 1; ai >= 0; ai--) {
    const ch = a[ai]!;
    while (li >= 0 && (l[li] !== ch || (ai === 0 && li > 0 && /[\p{L}\p{N}]/u.test(l[li - 1]!)))) li--;
    if (li < 0) return false;
    li--;
  }
  return true;
}

const isAcronym = (c: Candidate) => /^[\p{Lu}\p{N}&-]{2,10}$/u.test(c.name.replace(/[a-z]$/, ''));

/** Words a name in parentheses after another may have: a short name or a translation, not a description. */
const MAX_PARENTHESISED_WORDS = 3;

const CLOSING_PARENTHESIS = /\s*\)/y;

/** Whether only white space stands between `at` and a ")" (looked at from `at`, never copying the rest of the text). */
function closesParenthesis(text: string, at: number): boolean {
  CLOSING_PARENTHESIS.lastIndex = at;
  return CLOSING_PARENTHESIS.test(text);
}

/**
 * "Icelandic Centre for Research (Rannís)", "Arbeids- og velferdsetaten (NAV)": a name alone in parentheses right
 * after another is its other name, even when its letters are not the other's initials; a place there ("(Sweden)")
 * says where the first is.
 */
function parenthesisedName(ctx: DocumentContext, a: Candidate, b: Candidate): boolean {
  const isPlace = (c: Candidate) => ctx.knowledge.places.has(foldKey(c.name)) || c.votes.some((v) => v.type === 'Place' && v.why === 'gazetteer');
  return (
    closesParenthesis(ctx.text, b.end) &&
    b.name.split(/\s+/).length <= MAX_PARENTHESISED_WORDS &&
    !isPlace(a) &&
    !isPlace(b) &&
    !b.votes.some((v) => v.type === 'Person') &&
    // "Silje Berg (Kompasset AS)": after a person's name the brackets say where they work.
    !a.votes.some((v) => v.type === 'Person')
  );
}

/** Pairs of candidate indexes (within `candidates`, one sentence's, in order) naming the same entity. */
export function findAcronyms(ctx: DocumentContext, candidates: Candidate[]): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i + 1 < candidates.length; i++) {
    const a = candidates[i]!;
    const b = candidates[i + 1]!;
    if (a.sentence !== b.sentence) continue;
    const between = ctx.text.slice(a.end, b.start).trim();
    if (between !== '(' && between !== ',') continue;
    if (isAcronym(b) && !isAcronym(a) && acronymMatches(b.name, a.name)) pairs.push([i, i + 1]);
    else if (between === '(' && parenthesisedName(ctx, a, b)) pairs.push([i, i + 1]);
    else if (isAcronym(a) && between === '(' && acronymMatches(a.name, b.name)) pairs.push([i, i + 1]);
  }
  return pairs;
}
