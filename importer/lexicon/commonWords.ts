/** Decides whether a lower-case word is an ordinary word of a language (so a capital on it proves no name). */
export interface CommonWordsSource {
  words: Iterable<ReadonlySet<string> | readonly string[]>;
  inflectionSuffixes: readonly string[];
  compoundLinks: readonly string[];
}

/** Each part of a compound has at least this many letters, so short names ("Solvik") are not split by chance. */
const MIN_PART = 4;
const MIN_STEM = 2;

export class CommonWords {
  private readonly words = new Set<string>();
  private readonly suffixes: string[];
  private readonly links: string[];
  private readonly compoundCache = new Map<string, boolean>();

  constructor(source: CommonWordsSource) {
    for (const list of source.words) for (const w of list) this.words.add(w);
    this.suffixes = [...source.inflectionSuffixes].sort((a, b) => b.length - a.length);
    this.links = [...source.compoundLinks];
  }

  /** A dictionary word, possibly inflected ("organisationen", "startups"). */
  isWord(lower: string): boolean {
    if (this.words.has(lower)) return true;
    for (const s of this.suffixes) {
      if (lower.length - s.length < MIN_STEM || !lower.endsWith(s)) continue;
      const stem = lower.slice(0, -s.length);
      if (this.words.has(stem) || this.words.has(`${stem}e`)) return true;
    }
    return false;
  }

  /** The word less each ending it has ("prosjektene" → "prosjekt", …), for comparing inflected forms. */
  stemsOf(lower: string): string[] {
    const stems: string[] = [];
    for (const s of this.suffixes) if (lower.length - s.length >= MIN_PART && lower.endsWith(s)) stems.push(lower.slice(0, -s.length));
    return stems;
  }

  /** A word or a compound of words ("samhällsentreprenörskap" = samhälle-s-entreprenörskap). Cached. */
  isCommon(lower: string): boolean {
    if (this.isWord(lower)) return true;
    const cached = this.compoundCache.get(lower);
    if (cached !== undefined) return cached;
    const result = this.isCompound(lower, 0);
    this.compoundCache.set(lower, result);
    return result;
  }

  private isCompound(word: string, depth: number): boolean {
    if (depth > 2) return false;
    for (let i = word.length - MIN_PART; i >= MIN_PART; i--) {
      const tail = word.slice(i);
      if (!(this.isWord(tail) || this.isCompound(tail, depth + 1))) continue;
      const head = word.slice(0, i);
      if (this.words.has(head)) return true;
      for (const link of this.links) {
        if (head.endsWith(link) && head.length - link.length >= MIN_PART) {
          const bare = head.slice(0, -link.length);
          if (this.words.has(bare) || this.words.has(`${bare}e`)) return true;
        }
      }
    }
    return false;
  }
}
