/** The key under which names of one entity meet: case, diacritics, leading articles and cue nouns, years, genitives. */
import { foldKey, foldLoose } from '../lexicon/fold.js';
import type { Knowledge } from '../lexicon/knowledge.js';

/** Every mention of every document is normalised: remember the answers per knowledge, up to a bound. */
const MAX_REMEMBERED = 100_000;
const remembered = new WeakMap<Knowledge, Map<string, string>>();

export function normaliseName(name: string, knowledge: Knowledge): string {
  let known = remembered.get(knowledge);
  if (!known) remembered.set(knowledge, (known = new Map()));
  let key = known.get(name);
  if (key === undefined) {
    key = computeNormalName(name, knowledge);
    if (known.size >= MAX_REMEMBERED) known.clear();
    known.set(name, key);
  }
  return key;
}

function computeNormalName(name: string, knowledge: Knowledge): string {
  const original = name.replace(/[“”"«»„'’()[\]]/g, ' ').split(/\s+/).filter(Boolean);
  const words = original.map(foldLoose);
  const leading = (w: string) => [...knowledge.leadingWords.values()].some((set) => set.has(w));
  // A leading article or cue noun goes ("föreningen X", "The Fellows Program") unless lower-case words follow
  // it: then it heads the name ("Universitetet i Agder", "Senter for …"); nor does it when a place would be left
  // ("Region Gotland" is not Gotland).
  const placeAfter = (i: number) => knowledge.places.has(foldKey(original.slice(i + 1).join(' ')));
  let first = 0;
  while (first < words.length - 1 && leading(words[first]!) && /^\p{Lu}|^\p{N}/u.test(original[first + 1]!) && !placeAfter(first)) first++;
  let last = words.length;
  // "FutureLAB 2023" is FutureLAB.
  while (last - 1 > first && /^(?:19|20)\d\d$/.test(words[last - 1]!)) last--;
  return words.slice(first, last).join(' ');
}
