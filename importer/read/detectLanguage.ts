/** Detects a document's language with franc, limited to ours, and settles Danish/Bokmål/Nynorsk by hint words. */
import { franc } from 'franc';
import type { Language } from '../../src/model/index.js';
import type { ReadingKnowledge } from './readingKnowledge.js';

const FRANC_CODES: Record<string, Language> = { swe: 'sv', dan: 'da', nob: 'nb', nno: 'nn', eng: 'en' };
const ONLY = Object.keys(FRANC_CODES);
const NORDIC_WEST: readonly Language[] = ['da', 'nb', 'nn'];
/** franc's trigram profile is stable well before this; more text only costs time. */
const SAMPLE_CHARS = 20_000;

export interface DetectedLanguage {
  language: Language;
  /** False when franc could not tell (too little text) and the fallback was used. */
  confident: boolean;
}

function hintScores(text: string, hints: ReadingKnowledge['hints']): Map<Language, number> {
  const scores = new Map<Language, number>(NORDIC_WEST.map((l) => [l, 0]));
  const sets = NORDIC_WEST.map((l) => ({ l, words: new Set(hints[l]?.words), endings: hints[l]?.endings ?? [] }));
  for (const token of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    for (const { l, words, endings } of sets) {
      // An ending counts only on a word longer than it, so "het" is not itself a hit.
      if (words.has(token) || endings.some((e) => token.length > e.length + 2 && token.endsWith(e))) scores.set(l, scores.get(l)! + 1);
    }
  }
  return scores;
}

export function detectLanguage(text: string, k: ReadingKnowledge, fallback: Language = 'en'): DetectedLanguage {
  const sample = text.slice(0, SAMPLE_CHARS);
  const guess = FRANC_CODES[franc(sample, { only: ONLY, minLength: 10 })];
  if (guess && !NORDIC_WEST.includes(guess)) return { language: guess, confident: true };
  // franc mixes up these three on short texts; so may a 'und' answer hide one of them.
  const scores = hintScores(sample, k.hints);
  const top = Math.max(...scores.values());
  const tied = NORDIC_WEST.filter((l) => top > 0 && scores.get(l) === top);
  if (tied.length === 1) return { language: tied[0]!, confident: true };
  // Nynorsk words that Bokmål lacks are plentiful, so a tie between the two is Bokmål, the far commoner written form.
  if (tied.length > 1) return { language: guess && guess !== 'nn' && tied.includes(guess) ? guess : tied.includes('nb') ? 'nb' : tied[0]!, confident: true };
  return guess ? { language: guess, confident: true } : { language: fallback, confident: false };
}
