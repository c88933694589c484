/**
 * What a person's title makes them to a body: a founder's title states that the body was founded by them, a board
 * title ("styreleder", "chair") that they sit on its board (MEMBER_OF, the project's convention), any other title
 * that they work there.
 */
import type { RelationType } from '../../../src/model/index.js';
import type { DocumentContext } from '../candidate.js';
import { isArticle, isLowerWord } from '../nameTokens.js';
import type { SentenceMention, SentenceView } from '../relations/sentenceMentions.js';
import { isPersonTitle } from '../typeEvidence.js';

export type PersonRole = Extract<RelationType, 'WORKS_AT' | 'MEMBER_OF' | 'FOUNDED_BY'>;

/**
 * Every role a title states: "gründer og daglig leder", "medstifter og direktør", "CEO and co-founder" found the body
 * and work there; "styreleder og daglig leder" sits on its board and works there. A phrase with no title is work.
 */
export function rolesOfTitle(ctx: DocumentContext, words: readonly string[]): PersonRole[] {
  const english = ctx.knowledge.english;
  const founder = (w: string) => ctx.lang.founderTitles.has(w) || english.founderTitles.has(w);
  const board = (w: string) => ctx.lang.boardTitles.has(w) || english.boardTitles.has(w);
  const roles: PersonRole[] = [];
  if (words.some(founder)) roles.push('FOUNDED_BY');
  if (words.some(board)) roles.push('MEMBER_OF');
  if (!roles.length || words.some((w) => !founder(w) && !board(w) && isPersonTitle(ctx, w))) roles.push('WORKS_AT');
  return roles;
}

/** The roles of a title that may hold between the person and the body. */
export function heldRoles(ctx: DocumentContext, words: readonly string[], person: SentenceMention, body: SentenceMention): PersonRole[] {
  return rolesOfTitle(ctx, words).filter((r) => canHoldRole(ctx, r, person, body));
}

/** A role between a person and a body as a relation's ends: a founded body is the source of FOUNDED_BY. */
export function roleEnds(role: PersonRole, person: SentenceMention, body: SentenceMention): [SentenceMention, SentenceMention] {
  return role === 'FOUNDED_BY' ? [body, person] : [person, body];
}

/** Whether a relation of that role may hold between them, by the types each end allows. */
export function canHoldRole(ctx: DocumentContext, role: PersonRole, person: SentenceMention, body: SentenceMention): boolean {
  const [source, target] = roleEnds(role, person, body);
  const roles = ctx.knowledge.relationRoles[role];
  return person.group.type === 'Person' && roles.source.has(source.group.type) && roles.target.has(target.group.type);
}

/**
 * The body named at token `i`, past an article or a cue noun ("at the City of Helsinki", "i byggefirmaet X"); a
 * back-reference ("i selskapet") only where `references` allows it.
 */
export function bodyAt(ctx: DocumentContext, view: SentenceView, i: number, references: boolean): SentenceMention | undefined {
  const t = view.toks[i];
  const lower = t?.lower ?? '';
  // Capitalised where any word is ("(Foreningen X)").
  const word = isLowerWord(t) || (t?.kind === 'word' && t.initial);
  const lead = word && (isArticle(ctx, lower) || !!ctx.lang.cueNouns.get(lower));
  return view.mentions.find((x) => (x.first === i || (lead && x.first === i + 1)) && (references || !x.backReference));
}
