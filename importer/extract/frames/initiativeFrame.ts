/**
 * The collaboration frame: "X är ett samarbete mellan A, B och C", "X, a partnership between A and B", "Det er et
 * samarbeid mellom …". When the collaboration is itself a named initiative, the listed actors take part in it
 * rather than in pairwise collaborations with one another.
 */
import type { EntityType } from '../../../src/model/index.js';
import type { DocumentContext } from '../candidate.js';
import type { MentionGroup } from '../groupMentions.js';
import { isLowerWord } from '../nameTokens.js';
import { governedByPreposition, type SentenceMention, type SentenceView } from '../relations/sentenceMentions.js';
import { opensWithReference } from './clauseSubject.js';

/** Joint undertakings: an actor working with one, or listed as its partner, takes part in it. */
export const JOINT_UNDERTAKINGS: ReadonlySet<EntityType> = new Set<EntityType>(['Programme', 'Event', 'Funding']);
/** What a collaboration may be named as: an undertaking, or a network or organisation formed by its members. */
const COLLABORATION_TYPES = new Set<EntityType>([...JOINT_UNDERTAKINGS, 'Network', 'Organisation']);
/** Words that may describe the collaboration between its article and the trigger ("ett treårigt", "a new Nordic"). */
const DESCRIBING_WORDS = 3;

/** A mention standing for the document's subject at a token, where the text names it by no word of its own. */
export function subjectMention(view: SentenceView, subject: MentionGroup, at: number): SentenceMention {
  const t = view.toks[Math.min(at, view.toks.length - 1)]!;
  return { group: subject, first: at, last: at, start: t.start, end: t.start, backReference: true };
}

/** The initiative a pairwise collaboration trigger at token `at` describes, if the clause names one. */
export function initiativeOwner(ctx: DocumentContext, view: SentenceView, at: number, subject: MentionGroup | undefined): SentenceMention | undefined {
  let i = at - 1;
  for (let described = 0; i >= 0 && described <= DESCRIBING_WORDS; i--, described++) {
    const t = view.toks[i]!;
    if (!isLowerWord(t) || ctx.lang.copulas.has(t.lower)) break;
    if (ctx.lang.stopWords.has(t.lower) && !ctx.lang.articles.has(t.lower)) return undefined;
  }
  const joint = view.toks[i];
  if (!joint || !(ctx.lang.copulas.has(joint.lower) || joint.text === ',')) return undefined;
  const named = view.mentions.find((m) => m.last === i);
  // The initiative is the clause's subject: "kommet ud af X er et partnerskab mellem …" names where it came from.
  if (named) return COLLABORATION_TYPES.has(named.group.type) && !governedByPreposition(ctx, view, named) ? named : undefined;
  // "Det är ett samarbete mellan …", "Initiativet är …" opening a sentence: the page's own initiative.
  if (subject && i === 1 && joint.text !== ',' && opensWithReference(ctx, view)) return subjectMention(view, subject, 0);
  return undefined;
}
