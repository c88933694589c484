/** Splits a sentence into word, number and punctuation tokens with document offsets and capitalisation facts. */
import type { Sentence } from '../types.js';
import { checkDeadline } from './deadline.js';

export interface Tok {
  text: string;
  lower: string;
  /** Document offsets, end exclusive. */
  start: number;
  end: number;
  kind: 'word' | 'number' | 'punct' | 'url';
  /** First letter upper case. */
  cap: boolean;
  /** Two or more letters, all upper case ("FSE", "STO"). */
  allCaps: boolean;
  /** An upper-case letter after a lower-case one ("GreenLoop", "FutureLAB"): a brand, never a common word. */
  mixedCase: boolean;
  /** Where any word is capitalised: sentence start, after a colon, dash, opening quote or bracket, list marker. */
  initial: boolean;
  /** This token was split off the one before it (glued list items, "ForumGreen"). */
  glued: boolean;
}

/** URL, word, number or any other mark; the capture group that took part tells the kind. */
const TOKEN = /(https?:\/\/\S+|www\.\S+)|([\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*[\p{L}\p{M}\p{N}]|[\p{L}\p{M}])|(\p{N}+(?:[.,:/-]\p{N}+)*)|\S/gu;
/** A lower-case letter followed by a capitalised word inside one token: "WeekBrightfield". */
const GLUE = /(?<=\p{Ll}{3})(?=\p{Lu}\p{Ll})/u;
const GLUE_ALL = /(?<=\p{Ll}{3})(?=\p{Lu}\p{Ll})/gu;
const NON_LETTERS = /[^\p{L}]/gu;
const LOWER_UPPER = /\p{Ll}\p{Lu}/u;
/** Punctuation after which the next word is capitalised whatever it is. */
const OPENERS = new Set([':', '–', '—', '-', '“', '”', '"', '«', '»', '(', '[', '•', '·', '›', '|', '„']);

export const isLetterUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();

/** isLetterUpper of a word's first character, answered from its code for ASCII letters (most words). */
function startsUpper(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code >= 0x41 && code <= 0x5a) return true;
  if (code >= 0x61 && code <= 0x7a) return false;
  return isLetterUpper(text[0] ?? '');
}

/** Lower-case ASCII and Latin-1 letters: a word starting with one cannot be all capitals (a cheap early answer). */
const startsLowerLatin = (code: number) => (code >= 0x61 && code <= 0x7a) || (code >= 0xdf && code <= 0xff && code !== 0xf7);

function makeToken(text: string, start: number, kind: Tok['kind'], glued: boolean): Tok {
  const word = kind === 'word';
  let allCaps = false;
  if (word && !startsLowerLatin(text.charCodeAt(0))) {
    const letters = text.replace(NON_LETTERS, '');
    allCaps = letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  }
  return {
    text,
    lower: text.toLowerCase(),
    start,
    end: start + text.length,
    kind,
    cap: word && startsUpper(text),
    allCaps,
    mixedCase: word && LOWER_UPPER.test(text),
    initial: false,
    glued,
  };
}

/**
 * Glued list items ("Nordic Impact ForumGreen Finance WeekBrightfield Nordic") are split where a lower-case letter meets a
 * capitalised word, but only when a sentence has two such joins: one alone is more likely a brand ("GreenLoop").
 */
export function tokenizeSentence(sentence: Sentence): Tok[] {
  checkDeadline('tokenize');
  const raw: Tok[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(sentence.text); m; m = TOKEN.exec(sentence.text)) {
    const kind: Tok['kind'] = m[1] !== undefined ? 'url' : m[2] !== undefined ? 'word' : m[3] !== undefined ? 'number' : 'punct';
    raw.push(makeToken(m[0], sentence.start + m.index, kind, false));
  }
  // A join is a lower-case letter before a capital, so only mixed-case words (few) need the look-behind search.
  const glueCount = raw.reduce((n, t) => n + (t.mixedCase && GLUE.test(t.text) ? t.text.match(GLUE_ALL)!.length : 0), 0);
  const tokens: Tok[] = [];
  for (const t of raw) {
    if (glueCount < 2 || t.kind !== 'word' || !GLUE.test(t.text)) {
      tokens.push(t);
      continue;
    }
    let offset = 0;
    for (const [i, part] of t.text.split(GLUE_ALL).entries()) {
      tokens.push(makeToken(part, t.start + offset, 'word', i > 0));
      offset += part.length;
    }
  }
  markInitial(tokens);
  return tokens;
}

function markInitial(tokens: Tok[]): void {
  let expectStart = true;
  // Whether every token so far is a number or at most two characters long (a line prefix, see below).
  let shortPrefix = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word') {
      t.initial = expectStart || t.glued;
      expectStart = false;
    } else if (t.kind === 'punct' && (OPENERS.has(t.text) || t.text === '.' || t.text === '!' || t.text === '?')) {
      expectStart = true;
    }
    // A line prefix of numbers and one- or two-letter words ("v 17 Inspiration", "3. Kapitel") keeps the start.
    if ((t.kind === 'number' || (t.kind === 'word' && t.text.length <= 2)) && shortPrefix) expectStart = true;
    shortPrefix &&= t.kind === 'number' || t.text.length <= 2;
    // "a) …" list markers: a single letter followed by ")".
    if (t.text === ')' && i === 1 && tokens[0]!.text.length === 1) expectStart = true;
  }
}
