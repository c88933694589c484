/**
 * Finds relation trigger phrases at a token position: longest pattern first, "*" as a word, a word's end ("samarbet*")
 * or a word's start ("*tilskudd": the compounds of a word, "oppstartstilskudd").
 */
import type { TriggerSpec } from './lexiconSchema.js';

export interface Trigger extends TriggerSpec {
  words: string[];
}

function wordMatches(patternWord: string, word: string): boolean {
  if (patternWord === '*') return true;
  if (patternWord.endsWith('*')) return word.startsWith(patternWord.slice(0, -1));
  if (patternWord.startsWith('*')) return word.endsWith(patternWord.slice(1));
  return patternWord === word;
}

export class TriggerIndex {
  private readonly byFirstWord = new Map<string, Trigger[]>();
  /** "*tilskudd fra": a compound's ending first, found through the plain word after it (tried at every word otherwise). */
  private readonly bySecondWord = new Map<string, Trigger[]>();
  private readonly byPrefix: Trigger[] = [];

  constructor(specs: readonly TriggerSpec[]) {
    const add = (map: Map<string, Trigger[]>, key: string, t: Trigger) => map.set(key, [...(map.get(key) ?? []), t]);
    for (const spec of specs) {
      const trigger = { ...spec, words: spec.pattern.trim().split(/\s+/) };
      const [first, second] = trigger.words as [string, string | undefined];
      if (!first.includes('*')) add(this.byFirstWord, first, trigger);
      else if (first.length > 1 && first.startsWith('*') && second && !second.includes('*')) add(this.bySecondWord, second, trigger);
      else this.byPrefix.push(trigger);
    }
    for (const list of [...this.byFirstWord.values(), ...this.bySecondWord.values(), this.byPrefix]) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** The longest trigger whose words start at `words[at]` (lower-case word tokens), with its length in words. */
  match(words: readonly string[], at: number): Trigger | undefined {
    const first = words[at]!;
    const second = words[at + 1];
    const candidates = [...(this.byFirstWord.get(first) ?? []), ...((second !== undefined && this.bySecondWord.get(second)) || []), ...this.byPrefix];
    let best: Trigger | undefined;
    for (const t of candidates) {
      if (best && best.words.length >= t.words.length) continue;
      if (at + t.words.length > words.length) continue;
      if (t.words.every((w, i) => wordMatches(w, words[at + i]!))) best = t;
    }
    return best;
  }
}
