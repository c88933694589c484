/**
 * What a person's title makes them to a body: a founder's title states that the body was founded by them, a board
 * title ("styreleder", "chair") that they sit on its board (MEMBER_OF, the project's convention), any other title
 * that they work there.
 */
import type { RelationType } from '../../../src/model/index.js';
import type { DocumentContext } from '../candidate.js';
import type { SentenceMention } from '../relations/sentenceMentions.js';

export type PersonRole = Extract<RelationType, 'WORKS_AT' | 'MEMBER_OF' | 'FOUNDED_BY'>;

/** The role of a title of one or more words ("vice ordförande", "CEO", "medstifter"); any founder word wins. */
export function roleOfTitle(ctx: DocumentContext, words: readonly string[]): PersonRole {
  const lang = ctx.lang;
  const english = ctx.knowledge.english;
  if (words.some((w) => lang.founderTitles.has(w) || english.founderTitles.has(w))) return 'FOUNDED_BY';
  if (words.some((w) => lang.boardTitles.has(w) || english.boardTitles.has(w))) return 'MEMBER_OF';
  return 'WORKS_AT';
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
