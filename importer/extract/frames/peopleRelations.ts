/** People's roles that a sentence's shape states beyond the apposition rules of structuralRelations. */
import type { DocumentContext } from '../candidate.js';
import type { MentionGroup } from '../groupMentions.js';
import type { FoundRelation, SentenceView } from '../relations/sentenceMentions.js';
import { peopleBoards } from './peopleBoards.js';
import { peopleClauses } from './peopleClauses.js';
import { peopleLabels } from './peopleLabels.js';

export function peopleRelations(ctx: DocumentContext, views: SentenceView[], subject: MentionGroup | undefined): FoundRelation[] {
  return [...peopleClauses(ctx, views, subject), ...peopleBoards(ctx, views, subject), ...peopleLabels(ctx, views, subject)];
}
