/**
 * A place written right after a name on a list line: "Kvarnbacken Service ek. för., Sundsvall – städning",
 * "• Lesehjelpen AS, Bergen – leksehjelp", "Genbyg Fyn, Odense". The line names the actor and where it is.
 */
import type { DocumentContext } from '../candidate.js';
import { mechanismOf, mentionAt, type FoundRelation, type SentenceView } from '../relations/sentenceMentions.js';

/** What may follow the place on such a line: a dash before the description, or nothing. */
const AFTER_PLACE = new Set(['–', '—', '-', '|', '(', ':']);
const CONFIDENCE = 0.7;

export function listLineLocations(ctx: DocumentContext, view: SentenceView): FoundRelation[] {
  const roles = ctx.knowledge.relationRoles.LOCATED_IN;
  const found: FoundRelation[] = [];
  for (const m of view.mentions) {
    if (m.backReference || !roles.source.has(m.group.type) || view.toks[m.last]?.text !== ',') continue;
    const place = mentionAt(view, m.last + 1);
    if (!place || place.backReference || !roles.target.has(place.group.type)) continue;
    const next = view.toks[place.last];
    // The actor opens the line (after a bullet or its cue noun at most), so the comma is the line's, not a list's.
    const opens = view.toks.slice(0, m.first).every((t) => t.kind === 'punct' || !!ctx.lang.cueNouns.get(t.lower));
    if (opens && (!next || AFTER_PLACE.has(next.text))) {
      found.push({ source: m.group, target: place.group, type: 'LOCATED_IN', confidence: CONFIDENCE, sentence: view.index, trigger: ',', mechanism: mechanismOf('location:list-line', m, place) });
    }
  }
  return found;
}
