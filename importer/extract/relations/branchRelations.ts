/** Regional branches named after their parent: "Brightfield Nordic", "Brightfield Scandinavia" are part of "Brightfield". */
import { foldKey } from '../../lexicon/fold.js';
import type { DocumentContext } from '../candidate.js';
import type { MentionGroup } from '../groupMentions.js';
import type { FoundRelation } from './sentenceMentions.js';

export function branchRelations(ctx: DocumentContext, groups: MentionGroup[]): FoundRelation[] {
  const byName = new Map(groups.filter((g) => g.type !== 'Place' && g.type !== 'Person').map((g) => [foldKey(g.name), g]));
  const found: FoundRelation[] = [];
  for (const g of byName.values()) {
    const words = g.name.split(/\s+/);
    if (words.length < 2) continue;
    const last = foldKey(words.at(-1)!);
    if (!ctx.knowledge.branchWords.has(last) && !ctx.knowledge.places.has(last)) continue;
    const parent = byName.get(foldKey(words.slice(0, -1).join(' ')));
    const m = g.mentions[0]!;
    if (parent) found.push({ source: g, target: parent, type: 'PART_OF', confidence: 0.7, sentence: m.sentence, trigger: words.at(-1)!, mechanism: 'branch-name' });
  }
  return found;
}
