/**
 * Gives relations and events the dates their clause states. A sentence is cut into clauses at clause openers
 * ("som", "which") and semicolons; a date dates the relations whose ends span its clause, and the events named in
 * its clause. A plain date ("i 2012") is when the relation began if its clause has a start word ("startede op i
 * Skandinavien i 2012" → from 2012), else when it happened ("stiftet … i 1980" → at 1980).
 */
import type { TimeSpan } from '../../../src/model/index.js';
import type { DocumentContext } from '../candidate.js';
import type { MentionGroup } from '../groupMentions.js';
import type { FoundRelation, SentenceView } from '../relations/sentenceMentions.js';
import { findDates, type DateContext, type DateMention } from './findDates.js';

/**
 * Rules that read a relation from the shape of names or lines (a contact line, a list under a heading, "A/B",
 * a demonym), not from a clause: a date beside them says nothing about the relation.
 */
const UNDATED_MECHANISMS = /^(?:affiliation:(?:contact-line|parenthesis)|branch-name|location:(?:demonym|list-line|heading)|part-of:(?:slash|genitive-cue|subunit|unit-apposition)|people:(?:titled-contact|name-org-line|title-parenthesis)|frame:list-)/;

export interface SentenceDates {
  dates: DateMention[];
  /** Clause number of each token. */
  clauseOf: number[];
  /** Clauses holding a start word. */
  starting: Set<number>;
}

function clausesOf(ctx: DocumentContext, view: SentenceView): number[] {
  let clause = 0;
  return view.toks.map((t) => (ctx.lang.clauseStarts.has(t.lower) || t.text === ';' ? ++clause : clause));
}

export function readSentence(ctx: DocumentContext, view: SentenceView, c: DateContext): SentenceDates {
  const inName = new Set<number>();
  for (const m of view.mentions) if (!m.backReference) for (let i = m.first; i < m.last; i++) inName.add(i);
  const dates = findDates(view.toks, c, (i) => inName.has(i));
  if (dates.length === 0) return { dates, clauseOf: [], starting: new Set() };
  const clauseOf = clausesOf(ctx, view);
  const starting = new Set<number>();
  view.toks.forEach((_, i) => {
    if (c.grammar.startWords.some((p) => p.every((w, k) => view.toks[i + k]?.lower === w))) starting.add(clauseOf[i]!);
  });
  return { dates, clauseOf, starting };
}

/** A span and the words that state it ("siden 1995"), the trigger of its evidence. */
export interface FoundDate {
  span: TimeSpan;
  trigger: string;
  sentence: number;
}

export interface DatedFacts {
  relations: Map<FoundRelation, FoundDate[]>;
  events: Map<MentionGroup, FoundDate[]>;
}

export const dateText = (ctx: DocumentContext, view: SentenceView, d: DateMention): string =>
  ctx.text.slice(view.toks[d.first]!.start, view.toks[d.last - 1]!.end);

function roleOf(d: DateMention, start: boolean, founding: boolean): TimeSpan {
  if (!d.plain || founding || !start) return d.span;
  return { from: d.span.at!, precision: d.span.precision };
}

export function attachDates(ctx: DocumentContext, views: SentenceView[], found: FoundRelation[], c: DateContext): DatedFacts {
  const read = new Map<number, SentenceDates>();
  const sentence = (s: number) => {
    let d = read.get(s);
    if (!d) read.set(s, (d = readSentence(ctx, views[s]!, c)));
    return d;
  };
  const relations = new Map<FoundRelation, FoundDate[]>();
  for (const r of found) {
    if (UNDATED_MECHANISMS.test(r.mechanism)) continue;
    const view = views[r.sentence]!;
    const { dates, clauseOf, starting } = sentence(r.sentence);
    if (dates.length === 0) continue;
    const ends = view.mentions.filter((m) => m.group === r.source || m.group === r.target).map((m) => clauseOf[m.first]!);
    if (ends.length === 0) continue;
    const [lo, hi] = [Math.min(...ends), Math.max(...ends)];
    const spans = dates
      .filter((d) => clauseOf[d.first]! >= lo && clauseOf[d.first]! <= hi)
      .map((d) => ({ span: roleOf(d, starting.has(clauseOf[d.first]!), r.type === 'FOUNDED_BY'), trigger: dateText(ctx, view, d), sentence: r.sentence }));
    if (spans.length > 0) relations.set(r, spans);
  }
  const events = new Map<MentionGroup, FoundDate[]>();
  for (const view of views) {
    const named = view.mentions.filter((m) => m.group.type === 'Event');
    if (named.length === 0) continue;
    const { dates, clauseOf } = sentence(view.index);
    for (const m of named) {
      for (const d of dates.filter((x) => clauseOf[x.first] === clauseOf[m.first])) {
        events.set(m.group, [...(events.get(m.group) ?? []), { span: d.span, trigger: dateText(ctx, view, d), sentence: view.index }]);
      }
    }
  }
  return { relations, events };
}
