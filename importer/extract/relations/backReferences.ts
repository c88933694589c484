/**
 * Back-references as mentions: a definite cue noun with no name after it ("Programmet …", "the fund …") stands for
 * the latest entity of its type; "tillsammans"/"together" for the actors of the sentence before; a sentence-initial
 * "där"/"der"/"there" for the event or programme just named.
 */
import type { EntityType } from '../../../src/model/index.js';
import type { DocumentContext } from '../candidate.js';
import type { MentionGroup } from '../groupMentions.js';
import { isNameToken, isWord } from '../nameTokens.js';
import type { SentenceView } from './sentenceMentions.js';

/** How many sentences back a cue noun may reach for its entity. */
const REACH = 4;
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

function latest(views: SentenceView[], upTo: number, types: readonly EntityType[], beforeToken: number): MentionGroup | undefined {
  for (let s = upTo; s >= Math.max(0, upTo - REACH); s--) {
    const ms = views[s]!.mentions.filter((m) => !m.backReference && types.includes(m.group.type) && (s < upTo || m.last <= beforeToken));
    if (ms.length) return ms.at(-1)!.group;
  }
  return undefined;
}

export function addBackReferences(ctx: DocumentContext, views: SentenceView[]): void {
  views.forEach((view, s) => {
    const added: SentenceView['mentions'] = [];
    view.toks.forEach((t, i) => {
      if (!isWord(t) || view.mentions.some((m) => i >= m.first && i < m.last)) return;
      const prev = view.toks[i - 1]?.lower;
      const cue = ctx.lang.cueNouns.getExact(t.lower);
      if (cue && !isNameToken(view.toks[i + 1]) && isDefinite(ctx, t.lower, prev)) {
        const group = latest(views, s, COMPATIBLE[cue.type] ?? [cue.type], i);
        if (group) added.push({ group, first: i, last: i + 1, start: t.start, end: t.end, backReference: true });
      } else if (ctx.lang.groupWords.has(t.lower) && s > 0 && !ctx.lang.prepositions.has(view.toks[i + 1]?.lower ?? '')) {
        for (const m of views[s - 1]!.mentions) {
          if (!m.backReference && ACTORS.has(m.group.type)) added.push({ group: m.group, first: i, last: i + 1, start: t.start, end: t.end, backReference: true });
        }
      } else if (i === 0 && ctx.lang.placeBackReferences.has(t.lower) && s > 0) {
        const group = latest(views, s - 1, ['Event', 'Programme'], Infinity);
        if (group) added.push({ group, first: i, last: i + 1, start: t.start, end: t.end, backReference: true });
      }
    });
    view.mentions = [...view.mentions, ...added].sort((a, b) => a.first - b.first);
  });
}
