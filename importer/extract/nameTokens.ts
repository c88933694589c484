/** Token-level tests shared by the name finders. */
import type { LanguageKnowledge } from '../lexicon/knowledge.js';
import type { DocumentContext } from './candidate.js';
import type { Tok } from './tokenize.js';

/** A capitalised word that can be part of a name; "DATA-kompetanse", "Vestland-samfunnet" are common nouns. */
export function isNameToken(t: Tok | undefined): boolean {
  if (!t || t.kind !== 'word' || !(t.cap || t.allCaps || t.mixedCase)) return false;
  const dash = t.text.lastIndexOf('-');
  if (dash < 0) return true;
  const tail = t.text.slice(dash + 1);
  const head = t.text.slice(0, t.text.indexOf('-'));
  // "Co-op", "Co-operatives": a short capitalised prefix keeps the word a name.
  return tail[0] !== tail[0]!.toLowerCase() || head.length <= 2;
}

export const isWord = (t: Tok | undefined): t is Tok => t?.kind === 'word';
/** Not a type guard: a false answer says nothing about the token being absent. */
/** Whether a word is of a class in the document's language or in English: Nordic texts quote English names and titles. */
export const inLanguageOrEnglish = (ctx: DocumentContext, words: (l: LanguageKnowledge) => ReadonlySet<string>, lower: string): boolean =>
  words(ctx.lang).has(lower) || words(ctx.knowledge.english).has(lower);

/** An article of the document's language or of English ("the", "den"). */
export const isArticle = (ctx: DocumentContext, lower: string): boolean => inLanguageOrEnglish(ctx, (l) => l.articles, lower);

export const isLowerWord = (t: Tok | undefined): boolean => !!t && t.kind === 'word' && !t.cap && !t.allCaps;

/** A word written with an apostrophe genitive: "ESEN's", "Latvia’s". */
export const endsInApostropheS = (t: Tok | undefined): boolean => !!t && /['’]s$/u.test(t.text);

/** A lower-case word that may stand inside a lower-case name: no function word, preposition or clause start. */
export function isContentWord(ctx: DocumentContext, t: Tok | undefined): t is Tok {
  if (!t || !isLowerWord(t)) return false;
  const l = ctx.lang;
  return !l.stopWords.has(t.lower) && !l.prepositions.has(t.lower) && !l.clauseStarts.has(t.lower) && !l.speechVerbs.has(t.lower) && !l.copulas.has(t.lower);
}

/**
 * The lower-case words of a name from `start`, "og"/"och"/"and" joining two of them, at most `maxWords` words:
 * returns the index after the last word and how many words were taken.
 */
export function scanLowercaseWords(ctx: DocumentContext, toks: Tok[], start: number, maxWords: number): { end: number; words: number } {
  let end = start;
  let words = 0;
  while (end < toks.length && words < maxWords) {
    if (isContentWord(ctx, toks[end])) end++;
    else if (ctx.lang.coordinators.has(toks[end]!.lower) && isContentWord(ctx, toks[end + 1])) end += 2;
    else break;
    words++;
  }
  return { end, words };
}

const QUOTE_OPEN = new Set(['“', '”', '"', '«', '»', '„', "'", '‘', '’']);
export const isQuote = (t: Tok | undefined) => t?.kind === 'punct' && QUOTE_OPEN.has(t.text);
