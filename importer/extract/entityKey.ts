/** The key an entity keeps across documents: its gazetteer or alias entry when it has one, else its normalised name. */
import type { Knowledge } from '../lexicon/knowledge.js';
import { normaliseName } from '../resolve/normaliseName.js';
import type { MentionGroup } from './groupMentions.js';

export function entityKey(group: MentionGroup, knowledge: Knowledge): string {
  if (group.place) return `place:${normaliseName(group.place.name, knowledge)}`;
  if (group.known) return `known:${normaliseName(group.known.name, knowledge)}`;
  return normaliseName(group.name, knowledge);
}
