/**
 * Finds the mentions a trigger relates, by slot: the nearest before it ("before"), the clause's subject
 * ("subject"), the first after it ("after"), the one after that list ("after2"), or the noun a relative clause
 * hangs on ("antecedent"). Only mentions of a type the relation allows at that end are considered.
 */
import type { EntityType } from '../../../src/model/index.js';
import type { Slot } from '../../lexicon/lexiconSchema.js';
import type { DocumentContext } from '../candidate.js';
import { isLowerWord } from '../nameTokens.js';
import { coordinatedList } from './coordination.js';
import { governedByPreposition, inGenitive, type SentenceMention, type SentenceView } from './sentenceMentions.js';

/** How many tokens may stand between a trigger and the mention after it ("har startet the Fellows Program"). */
const AFTER_REACH = 6;

export interface TriggerSpan {
  /** Token range of the trigger, end exclusive. */
  first: number;
  last: number;
}

/** Index of the clause-opening word (relative pronoun) nearest before `at`, or -1. */
function clauseStart(ctx: DocumentContext, view: SentenceView, at: number): number {
  for (let i = at - 1; i >= 0; i--) {
    const t = view.toks[i]!;
    if (isLowerWord(t) && ctx.lang.clauseStarts.has(t.lower) && !view.mentions.some((m) => i >= m.first && i < m.last)) return i;
  }
  return -1;
}

function before(ctx: DocumentContext, view: SentenceView, at: number, ok: (m: SentenceMention) => boolean): SentenceMention | undefined {
  const c = clauseStart(ctx, view, at);
  const earlier = view.mentions.filter((m) => m.last <= at && ok(m)).reverse();
  return earlier.find((m) => m.first > c) ?? earlier[0];
}

function subject(ctx: DocumentContext, view: SentenceView, at: number, ok: (m: SentenceMention) => boolean): SentenceMention | undefined {
  const c = clauseStart(ctx, view, at);
  return view.mentions.find((m) => m.first > c && m.last <= at && ok(m) && !governedByPreposition(ctx, view, m)) ?? before(ctx, view, at, ok);
}

/** "Natos expertgrupp STO": a genitive owner before a cue noun is not the mention the trigger points at. */
function isPossessor(ctx: DocumentContext, view: SentenceView, m: SentenceMention): boolean {
  const owner = view.toks[m.last - 1]!;
  const next = view.toks[m.last];
  // "sammen med organisationens globale partnere": a back-reference in the genitive owns what follows it.
  if (m.backReference) return owner.lower.endsWith('s') && !ctx.lang.cueNouns.getExact(owner.lower) && isLowerWord(next);
  return inGenitive(ctx, view, m) && !!next && !!ctx.lang.cueNouns.get(next.lower);
}

function after(ctx: DocumentContext, view: SentenceView, from: number, ok: (m: SentenceMention) => boolean): SentenceMention | undefined {
  for (let i = from; i < view.toks.length && i < from + AFTER_REACH; i++) {
    const m = view.mentions.find((x) => x.first === i);
    if (m && ok(m) && !isPossessor(ctx, view, m)) return m;
    if (m) {
      i = m.last - 1;
      continue;
    }
    const t = view.toks[i]!;
    // A colon opens the list the trigger points at ("together with three partners: A, B and C").
    if (t.kind === 'punct' && !/^[£$€“”"«»„:]$/.test(t.text)) return undefined;
    if (i > from && (ctx.lang.prepositions.has(t.lower) || ctx.lang.clauseStarts.has(t.lower))) return undefined;
  }
  return undefined;
}

/** The mentions filling a slot, expanded to their coordinated list. */
export function fillSlot(
  ctx: DocumentContext,
  view: SentenceView,
  slot: Slot,
  trigger: TriggerSpan,
  types: ReadonlySet<EntityType>,
): SentenceMention[] {
  const ok = (m: SentenceMention) => types.has(m.group.type);
  // A group word ("Tillsammans") stands for several entities at once.
  const list = (m: SentenceMention | undefined) =>
    !m ? [] : m.backReference ? view.mentions.filter((x) => x.first === m.first && ok(x)) : coordinatedList(ctx, view, m, ok);
  switch (slot) {
    case 'before':
      return list(before(ctx, view, trigger.first, ok));
    case 'subject': {
      const s = subject(ctx, view, trigger.first, ok);
      // "Tillsammans med X har Y …": a trigger opening the sentence has its subject after the object.
      const opens = !view.toks.slice(0, trigger.first).some((t) => t.kind === 'word');
      return s ? list(s) : opens ? fillSlot(ctx, view, 'after2', trigger, types) : [];
    }
    case 'after':
      return list(after(ctx, view, trigger.last, ok));
    case 'after2': {
      const first = list(after(ctx, view, trigger.last, () => true));
      return first.length ? list(after(ctx, view, first.at(-1)!.last, ok)) : [];
    }
    case 'antecedent': {
      const c = clauseStart(ctx, view, trigger.first);
      return c < 0 ? [] : list(before(ctx, view, c, ok));
    }
  }
}
