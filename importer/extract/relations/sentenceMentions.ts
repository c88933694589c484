/** The entity mentions of one sentence in token order, including back-references ("Programmet", "the fund"). */
import type { DocumentContext } from '../candidate.js';
import type { Tok } from '../tokenize.js';
import type { MentionGroup } from '../groupMentions.js';

export interface SentenceMention {
  group: MentionGroup;
  /** Token range, end exclusive. */
  first: number;
  last: number;
  /** Document offsets of the mention, end exclusive (a genitive ending stays outside). */
  start: number;
  end: number;
  /** A cue noun or pronoun standing for an entity named earlier: its relations are less certain. */
  backReference: boolean;
}

export interface FoundRelation {
  source: MentionGroup;
  target: MentionGroup;
  type: import('../../../src/model/index.js').RelationType;
  confidence: number;
  sentence: number;
  trigger: string;
  /**
   * The rule that found it ("trigger", "frame:initiative", "apposition:title"), with "+ref" when one end is a
   * back-reference: evaluation scores each mechanism and calibration turns its measured precision into confidence.
   */
  mechanism: string;
}

/** The mechanism name of a relation between two mentions: a back-reference at either end is a mechanism of its own. */
export function mechanismOf(rule: string, a: SentenceMention, b: SentenceMention): string {
  return a.backReference || b.backReference ? `${rule}+ref` : rule;
}

export interface SentenceView {
  index: number;
  toks: Tok[];
  mentions: SentenceMention[];
}

/** The mention starting at token `i`, if any. */
export function mentionAt(view: SentenceView, i: number): SentenceMention | undefined {
  return view.mentions.find((m) => m.first === i);
}

/** Whether a preposition stands right before the mention ("stöd från X"): it is then no clause's subject. */
export function governedByPreposition(ctx: DocumentContext, view: SentenceView, m: SentenceMention): boolean {
  return ctx.lang.prepositions.has(view.toks[m.first - 1]?.lower ?? '');
}

/** The length in words of the first phrase (lower-case words) that starts at token `at`, 0 when none does. */
export function phraseAt(view: SentenceView, at: number, phrases: readonly (readonly string[])[]): number {
  return phrases.find((p) => p.every((w, k) => view.toks[at + k]?.lower === w))?.length ?? 0;
}

/** Whether a genitive ending follows the mention in its last token ("Natos", "SØFF's"): the mention owns what follows. */
export function inGenitive(ctx: DocumentContext, view: SentenceView, m: SentenceMention): boolean {
  return /^(?:s|'s|’s)$/u.test(ctx.text.slice(m.end, view.toks[m.last - 1]!.end));
}
