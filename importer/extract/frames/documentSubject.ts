/**
 * The actor a document is about: named in its title or lead and named most. Pages about one programme or
 * organisation state its relations in later sentences through "the initiative", "we" or no subject at all.
 */
import type { EntityType } from '../../../src/model/index.js';
import { foldKey } from '../../lexicon/fold.js';
import type { MentionGroup } from '../groupMentions.js';
import type { SentenceView } from '../relations/sentenceMentions.js';

const SUBJECT_TYPES = new Set<EntityType>(['Organisation', 'Network', 'Programme', 'Event', 'Funding']);
/** Sentences that make up the lead, title included. */
const LEAD = 3;
const TITLE_WEIGHT = 3;
const LEAD_WEIGHT = 2;

/** Folded words separated by single spaces, so that names compare as whole words. */
const wordsOf = (s: string) => foldKey(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Whether the title (as ` ${wordsOf(title)} `) names the group as the text writes it: "Väst" inside "Social ekonomi i
 * Väst" is not "Högskolan Väst".
 */
function namedIn(text: string, titleWords: string, group: MentionGroup): boolean {
  const written = new Set(group.mentions.map((m) => text.slice(m.start, m.end)));
  return [...written].some((n) => {
    const key = wordsOf(n);
    return key.length > 1 && titleWords.includes(` ${key} `);
  });
}

export function documentSubject(text: string, views: SentenceView[], title: string): MentionGroup | undefined {
  const score = new Map<MentionGroup, number>();
  const inLead = new Set<MentionGroup>();
  for (const v of views) {
    for (const m of v.mentions) {
      if (m.backReference || !SUBJECT_TYPES.has(m.group.type)) continue;
      score.set(m.group, (score.get(m.group) ?? 0) + 1);
      if (v.index < LEAD) inLead.add(m.group);
    }
  }
  const titleWords = ` ${wordsOf(title)} `;
  let best: MentionGroup | undefined;
  let bestScore = 0;
  for (const [group, count] of score) {
    const titled = namedIn(text, titleWords, group);
    // A name in the lead alone is the subject only if the text comes back to it.
    if (!titled && !(inLead.has(group) && count >= 2)) continue;
    const s = count + (titled ? TITLE_WEIGHT : 0) + (inLead.has(group) ? LEAD_WEIGHT : 0);
    if (s > bestScore || (s === bestScore && best && group.mentions[0]!.start < best.mentions[0]!.start)) [best, bestScore] = [group, s];
  }
  return best;
}
