/**
 * The subject a clause shares with the clause before it. "X är ett samarbete mellan A, B och C, och finansieras av
 * F": the second verb phrase has no subject of its own, so F funds X, not C, the name nearest before the verb.
 * Likewise a sentence opening with a pronoun or a definite cue noun ("Initiativet", "Det", "Vi") that the text did
 * not resolve is about the document's subject.
 */
import type { DocumentContext } from '../candidate.js';
import type { MentionGroup } from '../groupMentions.js';
import { isLowerWord } from '../nameTokens.js';
import { governedByPreposition, type SentenceMention, type SentenceView } from '../relations/sentenceMentions.js';
import { subjectMention } from './initiativeFrame.js';

/** Words between a coordinator and the verb it coordinates ("och finansieras delvis", "og er også finansiert"). */
const VERB_PHRASE_LEAD = 3;
/** Words a sentence may open with before its subject's name ("Nu har", "Projektet"). */
const SUBJECT_LEAD = 2;

const QUOTE_OPENERS = new Set(['–', '—', '-', '“', '"', '«', '„', '”']);

/** A quoted sentence: it opens with a dash or quote mark, or reports speech ("säger hon"). Its "vi" is the speaker's side. */
export function isQuoted(ctx: DocumentContext, view: SentenceView): boolean {
  return QUOTE_OPENERS.has(view.toks[0]?.text ?? '') || view.toks.some((t) => ctx.lang.speechVerbs.has(t.lower));
}

/** Whether the sentence opens with a word standing for something named before: a pronoun or a definite cue noun. */
export function opensWithReference(ctx: DocumentContext, view: SentenceView): boolean {
  const first = view.toks[0];
  if (!first || first.kind !== 'word' || view.mentions.some((m) => m.first === 0)) return false;
  const word = first.lower;
  return ctx.lang.subjectPronouns.has(word) || ctx.lang.articles.has(word) || !!ctx.lang.cueNouns.getExact(word);
}

/** The subject of the sentence's main clause: a name opening it, or the document's subject for an opening reference. */
export function sentenceSubject(ctx: DocumentContext, view: SentenceView, subject: MentionGroup | undefined): SentenceMention | undefined {
  const first = view.mentions.find((m) => !governedByPreposition(ctx, view, m));
  if (first && first.first <= SUBJECT_LEAD && view.toks.slice(0, first.first).every((t) => t.kind === 'word')) return first;
  return subject && opensWithReference(ctx, view) ? subjectMention(view, subject, 0) : undefined;
}

/** For a trigger at token `at` that opens a coordinated verb phrase (", och finansieras av"), the subject it shares. */
export function coordinatedSubject(
  ctx: DocumentContext,
  view: SentenceView,
  at: number,
  subject: MentionGroup | undefined,
): SentenceMention | undefined {
  let i = at - 1;
  for (let lead = 0; i >= 0 && lead < VERB_PHRASE_LEAD && isLowerWord(view.toks[i]) && !ctx.lang.coordinators.has(view.toks[i]!.lower); i--, lead++) {
    if (ctx.lang.prepositions.has(view.toks[i]!.lower) || ctx.lang.articles.has(view.toks[i]!.lower)) return undefined;
  }
  // A verb right after the coordinator: it joins verb phrases; joining names ("A och B finansieras av") a name follows it.
  if (!ctx.lang.coordinators.has(view.toks[i]?.lower ?? '')) return undefined;
  const s = sentenceSubject(ctx, view, subject);
  return s && s.last < i ? s : undefined;
}
