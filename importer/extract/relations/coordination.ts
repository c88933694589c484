/** Coordinated lists of mentions: "A, B och C", "A and the B", "A, som …, og bedriften B". */
import type { DocumentContext } from '../candidate.js';
import { isLowerWord } from '../nameTokens.js';
import { mentionAt, type SentenceMention, type SentenceView } from './sentenceMentions.js';

/**
 * Whether the tokens between two mentions join them as list items. Between two people, the word right before the
 * second may be what that person is ("marinbiolog A og fisker B"): occupations are too many to list.
 */
function joins(ctx: DocumentContext, view: SentenceView, from: number, to: number, people: boolean): boolean {
  let coordinated = false;
  for (let i = from; i < to; i++) {
    const t = view.toks[i]!;
    if (people && coordinated && i === to - 1 && isLowerWord(t) && !ctx.lang.stopWords.has(t.lower)) continue;
    // An item's other name in parentheses: "A (AB) and the B" (the list holds AB too, as the same entity).
    if (t.text === ')' && i === from) continue;
    if (t.text === '(' && i === to - 1 && view.toks[mentionAt(view, to)?.last ?? -1]?.text === ')') {
      coordinated = true;
      continue;
    }
    // Words describing the next item, ending in a cue noun: "and the social enterprise B".
    if (coordinated && isLowerWord(t) && describesNext(ctx, view, i, to)) continue;
    if (t.text === ',') {
      // A relative clause inside the list: ", som omfordeler …, og …".
      if (ctx.lang.clauseStarts.has(view.toks[i + 1]?.lower ?? '')) {
        const close = view.toks.findIndex((x, k) => k > i + 1 && k < to && x.text === ',');
        if (close < 0) return false;
        i = close - 1;
        coordinated = true;
        continue;
      }
      coordinated = true;
    } else if (ctx.lang.coordinators.has(t.lower) || t.text === '&') coordinated = true;
    else if (!(isLowerWord(t) && (ctx.lang.articles.has(t.lower) || ctx.lang.cueNouns.get(t.lower) || ctx.knowledge.demonyms.has(t.lower)))) {
      return false;
    }
  }
  return coordinated;
}

/** Whether the lower-case words from `at` to the mention at `to` end in a cue noun ("the social enterprise"). */
function describesNext(ctx: DocumentContext, view: SentenceView, at: number, to: number): boolean {
  const last = view.toks[to - 1];
  return isLowerWord(last) && !!ctx.lang.cueNouns.get(last!.lower) && view.toks.slice(at, to).every((x) => isLowerWord(x) && !ctx.lang.coordinators.has(x.lower));
}

/** The list a mention belongs to, in order, keeping only mentions `keep` accepts. */
export function coordinatedList(
  ctx: DocumentContext,
  view: SentenceView,
  m: SentenceMention,
  keep: (x: SentenceMention) => boolean,
): SentenceMention[] {
  const ms = view.mentions.filter((x) => !x.backReference || x === m);
  const at = ms.indexOf(m);
  if (at < 0) return [m];
  const people = (a: SentenceMention, b: SentenceMention) => a.group.type === 'Person' && b.group.type === 'Person';
  const joined = (a: SentenceMention, b: SentenceMention) => joins(ctx, view, a.last, b.first, people(a, b));
  // An item of another type stays part of the list ("A, NAV Vestfold og Telemark, B": a place read inside a name),
  // so the items after it are not lost; it is left out of the answer.
  const bridges = (i: number) => !keep(ms[i]!) && i > 0 && i + 1 < ms.length && keep(ms[i - 1]!) && keep(ms[i + 1]!) && joined(ms[i]!, ms[i + 1]!);
  const linked = (i: number, j: number) => joined(ms[i]!, ms[j]!) && (keep(ms[i]!) || bridges(i)) && (keep(ms[j]!) || bridges(j));
  // A mention the caller chose stands alone when it is not of a kept type itself.
  if (!keep(m)) return [m];
  let lo = at;
  while (lo > 0 && linked(lo - 1, lo)) lo--;
  let hi = at;
  while (hi + 1 < ms.length && linked(hi, hi + 1)) hi++;
  return ms.slice(lo, hi + 1).filter(keep);
}
