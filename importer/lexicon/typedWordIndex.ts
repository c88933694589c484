/** Looks a lower-case word up among typed words, whole or (for compound lists) as the end of a compound. */
import type { EntityType } from '../../src/model/index.js';
import type { TypedWords } from './lexiconSchema.js';

export interface TypedWordHit {
  type: EntityType;
  /** The listed word that matched (the compound's head). */
  head: string;
  compound: boolean;
  lowercaseName: boolean;
}

/** A compound must keep this many letters before its head ("kaffe|kooperativet"), so "dag" is no compound of "ag". */
const MIN_COMPOUND_PREFIX = 3;

export class TypedWordIndex {
  private readonly exact = new Map<string, TypedWordHit>();
  private readonly compoundHeads: TypedWordHit[] = [];
  /** Compound look-ups scan every head: remember each word's answer (a document's vocabulary is small). */
  private readonly memo = new Map<string, TypedWordHit | undefined>();

  constructor(lists: readonly TypedWords[]) {
    for (const list of lists) {
      for (const word of list.words) {
        const hit = { type: list.type, head: word, compound: false, lowercaseName: list.lowercaseName };
        if (!this.exact.has(word)) this.exact.set(word, hit);
        if (list.compound) this.compoundHeads.push({ ...hit, compound: true });
      }
    }
    // Longest head first: "ministerrådet" before "rådet".
    this.compoundHeads.sort((a, b) => b.head.length - a.head.length);
  }

  get(lower: string): TypedWordHit | undefined {
    const hit = this.exact.get(lower);
    if (hit) return hit;
    if (this.memo.has(lower)) return this.memo.get(lower);
    const found = this.compoundHeads.find((h) => lower.length - h.head.length >= MIN_COMPOUND_PREFIX && lower.endsWith(h.head));
    this.memo.set(lower, found);
    return found;
  }

  /** Only a whole listed word, no compound. */
  getExact(lower: string): TypedWordHit | undefined {
    return this.exact.get(lower);
  }
}

/** Endings of capitalised words that give a type ("Tillväxt|verket"); the word must be longer than the ending. */
export class SuffixIndex {
  private readonly suffixes: { suffix: string; type: EntityType }[];
  private readonly memo = new Map<string, EntityType | undefined>();

  constructor(lists: readonly TypedWords[]) {
    this.suffixes = lists
      .flatMap((l) => l.words.map((suffix) => ({ suffix, type: l.type })))
      .sort((a, b) => b.suffix.length - a.suffix.length);
  }

  get(lower: string): EntityType | undefined {
    if (this.memo.has(lower)) return this.memo.get(lower);
    const type = this.suffixes.find((s) => lower.length - s.suffix.length >= MIN_COMPOUND_PREFIX && lower.endsWith(s.suffix))?.type;
    this.memo.set(lower, type);
    return type;
  }
}
