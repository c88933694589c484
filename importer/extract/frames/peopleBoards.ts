/**
 * Boards and staff named inside a sentence: "Styret består av A (leder), B og C", "I styrelsen sitter A, B och C",
 * "Følgende blev valgt til bestyrelsen: A, B og C", "A sitter i styrelsen för X", "She was a board member of X";
 * "Teamet består av fem ansatte: direktør A, rådgiver B og C". Each person is MEMBER_OF the body whose board it is
 * (staff: WORKS_AT it), the body named after the board word, its owner in the genitive, or the document's subject.
 * A heading line over a list of names is listFrames' work; this reads the clause.
 */
import type { DocumentContext } from '../candidate.js';
import type { MentionGroup } from '../groupMentions.js';
import { inLanguageOrEnglish, isLowerWord } from '../nameTokens.js';
import { governedByPreposition, inGenitive, mechanismOf, type FoundRelation, type SentenceMention, type SentenceView } from '../relations/sentenceMentions.js';
import { subjectMention } from './initiativeFrame.js';
import { canHoldRole } from './peopleRoles.js';

/** How far after the board word its members or its body may be named ("består i år av", "for to år:"). */
const REACH = 8;
const CONFIDENCE = 0.7;

const groupWords = (ctx: DocumentContext, group: 'board' | 'staff') => [...ctx.lang.listHeadings].filter(([, frame]) => frame === group).map(([w]) => w);

/** The body named right after the board word and a preposition: "styrelsen för X", "the board of the X". */
function bodyAfter(ctx: DocumentContext, view: SentenceView, at: number): SentenceMention | undefined {
  const isPrep = (i: number) => ctx.lang.affiliationPrepositions.has(view.toks[i]?.lower ?? '');
  // "a board member of X": one word may name the seat.
  const prep = isPrep(at + 1) ? at + 1 : isLowerWord(view.toks[at + 1]) && isPrep(at + 2) ? at + 2 : -1;
  if (prep < 0) return undefined;
  for (let i = prep + 1; i < Math.min(view.toks.length, prep + 1 + 4); i++) {
    const m = view.mentions.find((x) => x.first === i);
    if (m) return m.group.type === 'Person' ? undefined : m;
    if (!isLowerWord(view.toks[i])) return undefined;
  }
  return undefined;
}

/** The first person after the board word with no other actor or full stop between. */
function firstMember(view: SentenceView, from: number): SentenceMention | undefined {
  for (let i = from; i < Math.min(view.toks.length, from + REACH); i++) {
    const m = view.mentions.find((x) => x.first === i);
    if (m) return m.group.type === 'Person' && !m.backReference ? m : undefined;
    if (view.toks[i]!.text === '.') return undefined;
  }
  return undefined;
}

/**
 * The people listed from `first`: "A (formand), B og C", "A, B och C". A role in parentheses may follow each; the
 * general coordinatedList stops there.
 */
export function memberList(ctx: DocumentContext, view: SentenceView, first: SentenceMention): SentenceMention[] {
  const list = [first];
  for (let i = first.last; i < view.toks.length; ) {
    let j = i;
    if (view.toks[j]?.text === '(') {
      const close = view.toks.findIndex((t, k) => k > j && t.text === ')');
      if (close < 0) break;
      j = close + 1;
    }
    const sep = view.toks[j];
    if (!sep || !(sep.text === ',' || inLanguageOrEnglish(ctx, (l) => l.coordinators, sep.lower))) break;
    // "…, rådgiverne A og B": a coordinator or one lower-case word (a title) may stand before the next name.
    const lead = (k: number) => ctx.lang.coordinators.has(view.toks[k]!.lower) || isLowerWord(view.toks[k]);
    const next = view.mentions.find((m) => m.first === j + 1 || (m.first === j + 2 && lead(j + 1)) || (m.first === j + 3 && lead(j + 1) && lead(j + 2)));
    if (!next || next.group.type !== 'Person' || next.backReference) break;
    list.push(next);
    i = next.last;
  }
  return list;
}

/** The person a clause ending in "…i styrelsen för X" is about: the nearest name before it, not governed by a preposition. */
function memberBefore(ctx: DocumentContext, view: SentenceView, at: number): SentenceMention | undefined {
  const before = view.mentions.filter((m) => m.last <= at && !governedByPreposition(ctx, view, m));
  const p = before.at(-1);
  return p?.group.type === 'Person' && !p.backReference && view.toks.slice(p.last, at).every((t) => t.kind === 'word' || t.kind === 'number') ? p : undefined;
}

export function peopleBoards(ctx: DocumentContext, views: SentenceView[], subject: MentionGroup | undefined): FoundRelation[] {
  const board = new Set(groupWords(ctx, 'board'));
  const staff = new Set(groupWords(ctx, 'staff'));
  const found: FoundRelation[] = [];
  for (const view of views) {
    view.toks.forEach((t, b) => {
      // "ansatte" is everywhere ("under ti ansatte"): staff are listed only after a colon ("fem ansatte: …").
      const group = board.has(t.lower) ? 'board' : staff.has(t.lower) && view.toks[b + 1]?.text === ':' ? 'staff' : undefined;
      // A group word opening a line as a heading ("Styret", "Board:") heads a list: listFrames reads it.
      const heading = view.toks.slice(0, b).every((x) => x.kind === 'punct') && (view.toks[b + 1]?.text === ':' || !view.mentions.length);
      if (!group || heading) return;
      if (view.mentions.some((m) => !m.backReference && b >= m.first && b < m.last)) return;
      const named = bodyAfter(ctx, view, b);
      const owner = view.mentions.find((m) => m.last === b && m.group.type !== 'Person' && (inGenitive(ctx, view, m) || m.backReference));
      const body = named ?? owner ?? (subject ? subjectMention(view, subject, b) : undefined);
      if (!body) return;
      const first = firstMember(view, (named?.last ?? b) + 1);
      const members = first ? memberList(ctx, view, first) : named ? [memberBefore(ctx, view, b)] : [];
      const type = group === 'board' ? 'MEMBER_OF' : 'WORKS_AT';
      for (const p of members) {
        if (!p || p.group === body.group || !canHoldRole(ctx, type, p, body)) continue;
        const confidence = CONFIDENCE - (body.backReference ? 0.2 : 0);
        found.push({ source: p.group, target: body.group, type, confidence, sentence: view.index, trigger: t.text, mechanism: mechanismOf(`people:${group}-clause`, p, body) });
      }
    });
  }
  return found;
}
