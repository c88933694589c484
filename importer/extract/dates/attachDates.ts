/**
 * Gives relations and events the dates their clause states. A sentence is cut into clauses at clause openers
 * ("som", "which"), semicolons and a coordinator before a finite verb ("og har"); a date dates the relations stated
 * in its clause (the clause of the relation's later end) and the events named in it. A plain date ("i 2012") is when the relation began if its clause has a start word ("startede op i
 * Skandinavien i 2012" → from 2012), else when it happened ("stiftet … i 1980" → at 1980).
 */
import type { RelationType, TimeSpan } from '../../../src/model/index.js';
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

function clausesOf(ctx: DocumentContext, view: SentenceView, c: DateContext): number[] {
  let clause = 0;
  const opens = (i: number) => {
    const t = view.toks[i]!;
    if (ctx.lang.clauseStarts.has(t.lower) || t.text === ';') return true;
    return ctx.lang.coordinators.has(t.lower) && c.grammar.clauseVerbs.has(view.toks[i + 1]?.lower ?? '');
  };
  return view.toks.map((_, i) => (opens(i) ? ++clause : clause));
}

export function readSentence(ctx: DocumentContext, view: SentenceView, c: DateContext): SentenceDates {
  const inName = new Set<number>();
  for (const m of view.mentions) if (!m.backReference) for (let i = m.first; i < m.last; i++) inName.add(i);
  const dates = findDates(view.toks, c, (i) => inName.has(i));
  if (dates.length === 0) return { dates, clauseOf: [], starting: new Set() };
  const clauseOf = clausesOf(ctx, view, c);
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

/** Relations that are an act at a moment (a founding, a grant, an event's organising): a plain date is when, never a start. */
const ONE_OFF: ReadonlySet<RelationType> = new Set(['FOUNDED_BY', 'FUNDED_BY', 'ORGANISED_BY']);

function roleOf(d: DateMention, start: boolean, oneOff: boolean): TimeSpan {
  if (!d.plain || oneOff || !start) return d.span;
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
    // The clause of the later end is the one the relation is stated in: "X …, som Y lyste ut i 2022", "X er … og
    // er stiftet af Y i 1980".
    const ends = view.mentions.filter((m) => m.group === r.source || m.group === r.target).map((m) => m.first);
    if (ends.length === 0) continue;
    const clause = clauseOf[Math.max(...ends)]!;
    const spans = dates
      .filter((d) => clauseOf[d.first] === clause)
      .map((d) => ({ span: roleOf(d, starting.has(clause), ONE_OFF.has(r.type)), trigger: dateText(ctx, view, d), sentence: r.sentence }));
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
