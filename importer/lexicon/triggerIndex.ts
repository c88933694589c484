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
  private readonly byPrefix: Trigger[] = [];

  constructor(specs: readonly TriggerSpec[]) {
    for (const spec of specs) {
      const trigger = { ...spec, words: spec.pattern.trim().split(/\s+/) };
      const first = trigger.words[0]!;
      if (first.includes('*')) this.byPrefix.push(trigger);
      else this.byFirstWord.set(first, [...(this.byFirstWord.get(first) ?? []), trigger]);
    }
    for (const list of [...this.byFirstWord.values(), this.byPrefix]) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** The longest trigger whose words start at `words[at]` (lower-case word tokens), with its length in words. */
  match(words: readonly string[], at: number): Trigger | undefined {
    const first = words[at]!;
    const candidates = [...(this.byFirstWord.get(first) ?? []), ...this.byPrefix];
    let best: Trigger | undefined;
    for (const t of candidates) {
      if (best && best.words.length >= t.words.length) continue;
      if (at + t.words.length > words.length) continue;
      if (t.words.every((w, i) => wordMatches(w, words[at + i]!))) best = t;
    }
    return best;
  }
}
