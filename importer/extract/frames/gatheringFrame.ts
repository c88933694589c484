/**
 * An unnamed event the text dates and comes back to: a dated sentence saying actors met ("Fredag 16. juni møttes
 * aktørene i Drammen"), naming no event, opened or followed by a definite event noun ("Samlingen ble arrangert av …").
 * The event is named by that noun, its place and its date as written ("Samlingen i Drammen 16. juni"), so two
 * gatherings of one corpus stay apart; it is located where the meeting sentence says, and dated by it.
 */
import { spanCandidate, type DocumentContext } from '../candidate.js';
import { dateText, type FoundDate } from '../dates/attachDates.js';
import { findDates, type DateContext } from '../dates/findDates.js';
import type { MentionGroup } from '../groupMentions.js';
import { phraseAt, type FoundRelation, type SentenceView } from '../relations/sentenceMentions.js';

export interface Gathering {
  group: MentionGroup;
  relations: FoundRelation[];
  dates: FoundDate[];
}

/** Token index of a definite event noun opening the sentence, after an article ("The meeting"). */
function eventNounAt(ctx: DocumentContext, view: SentenceView): number | undefined {
  const i = ctx.lang.articles.has(view.toks[0]?.lower ?? '') ? 1 : 0;
  const t = view.toks[i];
  return t?.kind === 'word' && ctx.lang.cueNouns.getExact(t.lower)?.type === 'Event' ? i : undefined;
}

function gatheringAt(ctx: DocumentContext, views: SentenceView[], view: SentenceView, c: DateContext, index: number): Gathering | undefined {
  if (view.mentions.some((m) => m.group.type === 'Event')) return undefined;
  // Looked up by first word, since every sentence of the corpus comes here.
  const verb = view.toks.findIndex((t, i) => c.grammar.gatheringOpeners.has(t.lower) && phraseAt(view, i, c.grammar.gatheringVerbs) > 0);
  if (verb < 0) return undefined;
  const dates = findDates(view.toks, c).filter((d) => d.span.precision !== 'year');
  if (dates.length === 0) return undefined;
  const nounView = [view, views[view.index + 1]].find((v) => v && eventNounAt(ctx, v) !== undefined);
  if (!nounView) return undefined;
  const noun = eventNounAt(ctx, nounView)!;
  const place = view.mentions.find((m) => m.group.type === 'Place' && !m.backReference && ctx.lang.locativePrepositions.has(view.toks[m.first - 1]?.lower ?? ''));
  const written = dateText(ctx, view, dates[0]!);
  const where = place ? ` ${view.toks[place.first - 1]!.text} ${ctx.text.slice(place.start, place.end)}` : '';
  const cue = nounView.toks[noun]!.text;
  const name = `${cue[0]!.toUpperCase()}${cue.slice(1)}${where} ${written}`;
  const mention = { ...spanCandidate(ctx, nounView.index, nounView.toks, noun, noun + 1), strong: true };
  const group: MentionGroup = { index, name, type: 'Event', aliases: [], mentions: [mention] };
  const trigger = view.toks[verb]!.text;
  const relations: FoundRelation[] = place
    ? [{ source: group, target: place.group, type: 'LOCATED_IN', confidence: 0.7, sentence: view.index, trigger, mechanism: 'event:gathering' }]
    : [];
  return { group, relations, dates: dates.map((d) => ({ span: d.span, trigger: dateText(ctx, view, d), sentence: view.index })) };
}

export function gatherings(ctx: DocumentContext, views: SentenceView[], groups: readonly MentionGroup[], c: DateContext): Gathering[] {
  if (c.grammar.gatheringVerbs.length === 0) return [];
  const found: Gathering[] = [];
  for (const view of views) {
    const g = gatheringAt(ctx, views, view, c, groups.length + found.length);
    if (g) found.push(g);
  }
  return found;
}
