/**
 * Lines that name people after a role and a colon: "Styremedlemmer: A, B og C", "Daglig leder: X", "Kontaktperson i
 * NAV Drammen: Rådgiver X". The role decides the relation (peopleRoles); the body is the one named in the label, or
 * the document's subject.
 */
import type { DocumentContext } from '../candidate.js';
import type { MentionGroup } from '../groupMentions.js';
import { mechanismOf, type FoundRelation, type SentenceMention, type SentenceView } from '../relations/sentenceMentions.js';
import { isPersonTitle } from '../typeEvidence.js';
import { subjectMention } from './initiativeFrame.js';
import { memberList } from './peopleBoards.js';
import { heldRoles, roleEnds } from './peopleRoles.js';

/** Tokens a label may hold before its colon ("Kontaktperson i NAV Drammen"). */
const LABEL_TOKENS = 6;
const CONFIDENCE = 0.7;

export function peopleLabels(ctx: DocumentContext, views: SentenceView[], subject: MentionGroup | undefined): FoundRelation[] {
  const found: FoundRelation[] = [];
  for (const view of views) {
    const colon = view.toks.findIndex((t, i) => t.text === ':' && i <= LABEL_TOKENS);
    if (colon < 1) continue;
    const label = view.toks.slice(0, colon).filter((t) => t.kind === 'word');
    // The first person after the colon, a title in any case between ("Arbeidsmarkedsrådgiver Omar Sheikh").
    const first = view.mentions.find((m) => m.first > colon && m.first <= colon + 2 && m.group.type === 'Person' && !m.backReference);
    if (!first) continue;
    const titled = view.toks.slice(colon + 1, first.first).filter((t) => t.kind === 'word');
    const words = [...label, ...titled].map((t) => t.lower);
    const named = view.mentions.find((m) => m.last <= colon && m.group.type !== 'Person' && !m.backReference);
    // The label must be a role ("Styreleder:"); a caption ("Bilde: Professor X") is not, unless it names the body.
    const titles = named ? words : label.map((t) => t.lower);
    if (!titles.some((w) => isPersonTitle(ctx, w))) continue;
    const body: SentenceMention | undefined = named ?? (subject ? subjectMention(view, subject, 0) : undefined);
    if (!body) continue;
    const confidence = CONFIDENCE - (body.backReference ? 0.2 : 0);
    const trigger = ctx.text.slice(view.toks[0]!.start, view.toks[colon]!.end);
    for (const p of memberList(ctx, view, first)) {
      if (p.group === body.group) continue;
      for (const role of heldRoles(ctx, words, p, body)) {
        const [source, target] = roleEnds(role, p, body);
        found.push({ source: source.group, target: target.group, type: role, confidence, sentence: view.index, trigger, mechanism: mechanismOf('people:role-label', source, target) });
      }
    }
  }
  return found;
}
