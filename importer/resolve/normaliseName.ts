/** The key under which names of one entity meet: case, diacritics, leading articles and cue nouns, years, genitives. */
import { foldLoose } from '../lexicon/fold.js';
import type { Knowledge } from '../lexicon/knowledge.js';

export function normaliseName(name: string, knowledge: Knowledge): string {
  const words = foldLoose(name)
    .replace(/[“”"«»„'’()[\]]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  let first = 0;
  while (first < words.length - 1 && [...knowledge.leadingWords.values()].some((set) => set.has(words[first]!))) first++;
  let last = words.length;
  // "ChangeNOW 2023" is ChangeNOW.
  while (last - 1 > first && /^(?:19|20)\d\d$/.test(words[last - 1]!)) last--;
  return words.slice(first, last).join(' ');
}
