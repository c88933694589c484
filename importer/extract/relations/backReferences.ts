/**
 * Back-references as mentions: a definite cue noun with no name after it ("Programmet …", "the fund …") stands for
 * the latest entity of its type; "tillsammans"/"together" for the actors of the sentence before; a sentence-initial
 * "där"/"der"/"there" for the event or programme just named.
 */
import type { EntityType } from '../../../src/model/index.js';
import type { DocumentContext } from '../candidate.js';
import { EarlierMentions } from '../earlierMentions.js';
import type { MentionGroup } from '../groupMentions.js';
import { isNameToken, isWord } from '../nameTokens.js';
import type { SentenceView } from './sentenceMentions.js';
import { isQuoted } from '../frames/clauseSubject.js';

const COMPATIBLE: Partial<Record<EntityType, EntityType[]>> = {
  Organisation: ['Organisation', 'Network'],
  Network: ['Network', 'Organisation'],
  Funding: ['Funding'],
  Programme: ['Programme'],
  Event: ['Event'],
};
const ACTORS = new Set<EntityType>(['Organisation', 'Network', 'Person', 'Programme', 'Event', 'Funding']);

/** A listed cue word is definite when it extends a shorter listed word ("programmet" ← "program"). */
function isDefinite(ctx: DocumentContext, lower: string, prev: string | undefined): boolean {
  if (prev && ctx.lang.articles.has(prev)) {
    return ctx.lang.language === 'en' || !!ctx.lang.cueNouns.getExact(lower);
  }
  for (let cut = 1; cut <= 3 && cut < lower.length - 2; cut++) if (ctx.lang.cueNouns.getExact(lower.slice(0, -cut))) return true;
  return false;
}

/** A cue noun introducing a name ("eventet “Building Tomorrow”") refers to that name, not back. */
function introducesName(view: SentenceView, i: number): boolean {
  return view.mentions.some((m) => !m.backReference && (m.first === i + 1 || (m.first === i + 2 && view.toks[i + 1]!.kind === 'punct')));
}

export function addBackReferences(ctx: DocumentContext, views: SentenceView[], subject?: MentionGroup): void {
  const earlier = new EarlierMentions(views);
  views.forEach((view, s) => {
    const added: SentenceView['mentions'] = [];
    const quoted = isQuoted(ctx, view);
    view.toks.forEach((t, i) => {
      if (!isWord(t) || view.mentions.some((m) => i >= m.first && i < m.last)) return;
      const prev = view.toks[i - 1]?.lower;
      // "Programmets" is a genitive of the cue noun.
      const cue = ctx.lang.cueNouns.getExact(t.lower) ?? ctx.lang.cueNouns.getExact(t.lower.replace(/s$/, ''));
      // Whether it introduces a name is asked only of cue nouns (few words), after the cheaper tests.
      if (cue && !introducesName(view, i) && !isNameToken(view.toks[i + 1]) && isDefinite(ctx, t.lower.replace(/s$/, ''), prev)) {
        const group = earlier.latest(s, COMPATIBLE[cue.type] ?? [cue.type], i, t.lower);
        if (group) added.push({ group, first: i, last: i + 1, start: t.start, end: t.end, backReference: true });
      // "Til sammen" (in all) after a preposition is no group standing for the actors named before.
      } else if (ctx.lang.groupWords.has(t.lower) && s > 0 && !ctx.lang.prepositions.has(view.toks[i + 1]?.lower ?? '') && !ctx.lang.prepositions.has(prev ?? '')) {
        for (const m of views[s - 1]!.mentions) {
          if (!m.backReference && ACTORS.has(m.group.type)) added.push({ group: m.group, first: i, last: i + 1, start: t.start, end: t.end, backReference: true });
        }
      } else if (subject && ctx.lang.subjectPronouns.has(t.lower) && !quoted) {
        // "Vi samarbetar med …": the page speaks for the actor it is about; in a quote "vi" is the speaker's side.
        added.push({ group: subject, first: i, last: i + 1, start: t.start, end: t.end, backReference: true });
      } else if (i === 0 && ctx.lang.placeBackReferences.has(t.lower) && s > 0) {
        const group = earlier.latest(s - 1, ['Event', 'Programme'], Infinity);
        if (group) added.push({ group, first: i, last: i + 1, start: t.start, end: t.end, backReference: true });
      }
    });
    view.mentions = [...view.mentions, ...added].sort((a, b) => a.first - b.first);
  });
}
