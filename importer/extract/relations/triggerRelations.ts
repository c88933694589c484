/** Relations stated by a trigger phrase of the language ("samarbetat med", "stiftet af", "managed by"). */
import type { DocumentContext } from '../candidate.js';
import { isWord } from '../nameTokens.js';
import { fillSlot } from './fillSlots.js';
import type { FoundRelation, SentenceMention, SentenceView } from './sentenceMentions.js';

const CONFIDENCE = 0.8;
const BACK_REFERENCE_PENALTY = 0.2;
const LIST_PENALTY = 0.05;

function confidence(a: SentenceMention, b: SentenceMention, listed: boolean): number {
  const back = a.backReference || b.backReference ? BACK_REFERENCE_PENALTY : 0;
  return CONFIDENCE - back - (listed ? LIST_PENALTY : 0);
}

/** After "stiftet af X", a place in the same clause ("i 1980 i Washington") locates what was founded. */
function foundingPlace(ctx: DocumentContext, view: SentenceView, from: number): SentenceMention | undefined {
  for (let i = from; i < view.toks.length; i++) {
    const t = view.toks[i]!;
    if (t.text === ',' || t.text === '.' || ctx.lang.clauseStarts.has(t.lower)) return undefined;
    if (!ctx.lang.locativePrepositions.has(t.lower)) continue;
    const m = view.mentions.find((x) => x.first === i + 1 && x.group.type === 'Place');
    if (m) return m;
  }
  return undefined;
}

export function triggerRelations(ctx: DocumentContext, view: SentenceView): FoundRelation[] {
  const found: FoundRelation[] = [];
  const words = view.toks.map((t) => t.lower);
  const inName = (i: number) => view.mentions.some((m) => !m.backReference && i >= m.first && i < m.last);
  for (let i = 0; i < view.toks.length; i++) {
    if (!isWord(view.toks[i]) || inName(i)) continue;
    const trigger = ctx.lang.triggers.match(words, i);
    if (!trigger) continue;
    const span = { first: i, last: i + trigger.words.length };
    const before = found.length;
    const roles = ctx.knowledge.relationRoles[trigger.type];
    const add = (s: SentenceMention, t: SentenceMention, listed: boolean, stated = trigger.type) => {
      if (s.group === t.group || found.some((r) => r.source === s.group && r.target === t.group && r.type === stated)) return;
      // "A del av B": being part of a network is membership.
      const type = stated === 'PART_OF' && t.group.type === 'Network' ? 'MEMBER_OF' : stated;
      const text = ctx.text.slice(view.toks[span.first]!.start, view.toks[span.last - 1]!.end);
      found.push({ source: s.group, target: t.group, type, confidence: confidence(s, t, listed), sentence: view.index, trigger: text });
    };
    if (trigger.pairwise) {
      const list = fillSlot(ctx, view, trigger.target, span, roles.target);
      list.forEach((a, x) => list.slice(x + 1).forEach((b) => add(a, b, true)));
    } else {
      const sources = fillSlot(ctx, view, trigger.source, span, roles.source);
      const targets = fillSlot(ctx, view, trigger.target, span, roles.target);
      const listed = sources.length > 1 || targets.length > 1;
      for (const s of sources) for (const t of targets) add(s, t, listed);
      if (trigger.type === 'FOUNDED_BY' && targets.length) {
        const place = foundingPlace(ctx, view, targets.at(-1)!.last);
        for (const s of sources) if (place) add(s, place, listed, 'LOCATED_IN');
      }
    }
    // A trigger that related nothing leaves its words to a shorter one ("indgået et partnerskab mellem A, B og C").
    if (found.length > before) i = span.last - 1;
  }
  return found;
}
