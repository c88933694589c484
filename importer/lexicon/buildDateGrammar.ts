/** Turns one language's validated date grammar (graph-data/lexicon/dates.yaml) into look-up structures. */
import type { LanguageDateGrammar } from './lexiconSchema.js';

export interface MonthWord {
  month: number;
  /** The full name, which is a date alone after an `in` word; an abbreviation needs a day or a year beside it. */
  full: boolean;
}

export interface RelativeDate {
  words: readonly string[];
  years: number;
  months?: readonly [number, number];
  last: boolean;
}

type Phrases = readonly (readonly string[])[];

export interface DateGrammar {
  months: ReadonlyMap<string, MonthWord>;
  since: Phrases;
  until: Phrases;
  from: Phrases;
  between: Phrases;
  to: Phrases;
  and: Phrases;
  in: Phrases;
  startWords: Phrases;
  relative: readonly RelativeDate[];
  gatheringVerbs: Phrases;
  /** First words of the gathering verbs. */
  gatheringOpeners: ReadonlySet<string>;
  /** Finite verbs opening a coordinated clause right after a coordinator. */
  clauseVerbs: ReadonlySet<string>;
  /** First words of every phrase that can open a date expression: lets the scanner skip other words at once. */
  openers: ReadonlySet<string>;
}

// Longest first, so "till och med" is tried before "till".
const phrases = (list: readonly string[]): Phrases =>
  list.map((p) => p.split(/\s+/)).sort((a, b) => b.length - a.length);

export const NO_DATE_GRAMMAR: LanguageDateGrammar = {
  months: [], since: [], until: [], from: [], between: [], to: [], and: [], in: [], startWords: [], relative: [], gatheringVerbs: [], clauseVerbs: [],
};

export function buildDateGrammar(spec: LanguageDateGrammar): DateGrammar {
  const months = new Map<string, MonthWord>();
  spec.months.forEach((names, i) => names.forEach((n, k) => months.set(n, { month: i + 1, full: k === 0 })));
  const relative = spec.relative
    .map((r) => ({ words: r.phrase.split(/\s+/), years: r.years, months: r.months, last: r.last }))
    .sort((a, b) => b.words.length - a.words.length);
  return {
    months,
    since: phrases(spec.since),
    until: phrases(spec.until),
    from: phrases(spec.from),
    between: phrases(spec.between),
    to: phrases(spec.to),
    and: phrases(spec.and),
    in: phrases(spec.in),
    startWords: phrases(spec.startWords),
    relative,
    gatheringVerbs: phrases(spec.gatheringVerbs),
    gatheringOpeners: new Set(spec.gatheringVerbs.map((p) => p.split(/\s+/)[0]!)),
    clauseVerbs: new Set(spec.clauseVerbs),
    openers: new Set(relative.map((r) => r.words[0]!)),
  };
}
