/**
 * When two names denote the same entity for scoring: equal after folding (case, punctuation, quotes, a leading
 * article or cue noun), or within a small spelling difference.
 */
import { distance } from 'fastest-levenshtein';

/** Up to this share of a long word may differ ("kooperativ" ~ "kooperatif"). */
const MAX_RELATIVE_DISTANCE = 0.2;
/** One edit is allowed from this length on; shorter words (acronyms: UN, FSE) must match exactly. */
const MIN_LENGTH_FOR_ONE_EDIT = 4;
/** An inflected or variant ending ("Nordstjernans", "Programme") may add this many letters to a word of MIN_STEM letters. */
const MAX_EXTRA_ENDING = 3;
const MIN_STEM = 4;

/**
 * Word by word, so two names differing in a whole word stay apart even when the letters are few
 * ("Northwind Cooperative" vs "Southwind Cooperative"), while a typo or an ending in any word is forgiven.
 */
function wordsClose(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= MIN_STEM && long.startsWith(short) && long.length - short.length <= MAX_EXTRA_ENDING) return true;
  const d = distance(a, b);
  return d / long.length <= MAX_RELATIVE_DISTANCE || (d === 1 && short.length >= MIN_LENGTH_FOR_ONE_EDIT);
}

export class NameMatcher {
  constructor(private readonly leadingWords: ReadonlySet<string>) {}

  /** Case-folded words without punctuation or quotes, less leading articles and cue nouns (never the last word). */
  normalise(name: string): string {
    const words = name
      .normalize('NFC')
      .toLowerCase()
      .replace(/[\p{P}\p{S}]+/gu, ' ')
      .split(/\s+/)
      .filter(Boolean);
    let first = 0;
    while (first < words.length - 1 && this.leadingWords.has(words[first]!)) first++;
    return words.slice(first).join(' ');
  }

  /** Similarity of two normalised names in [0, 1], or 0 when they do not match at all. */
  static similarity(a: string, b: string): number {
    if (a === b) return a ? 1 : 0;
    const wa = a.split(' ');
    const wb = b.split(' ');
    if (wa.length !== wb.length || !wa.every((w, i) => wordsClose(w, wb[i]!))) return 0;
    return 1 - distance(a, b) / Math.max(a.length, b.length);
  }

  /** Best similarity between any name of one side and any name of the other. */
  bestSimilarity(a: readonly string[], b: readonly string[]): number {
    let best = 0;
    for (const x of a) for (const y of b) best = Math.max(best, NameMatcher.similarity(x, y));
    return best;
  }
}
