/**
 * A 130-actor extraction for browser tests of a crowded view: one hub with a large neighbourhood of long names (all
 * of which the explorer labels when the hub is selected), and clusters around it. Loaded with importCorpus's
 * `extraction` option, as `npm run import -- --extraction` would.
 */
import type { Extraction, Relation } from '../../../src/model/index.js';
import { seededRandom } from '../../../src/ui/graph/seededRandom.js';

export const CROWDED_ACTORS = 130;
export const HUB = { id: 'motesplats-social-innovation', name: 'Mötesplats Social Innovation' };
/** The hub's neighbours: under the explorer's 40, so each is labelled when the hub is selected. */
export const HUB_NEIGHBOURS = 34;

const FIRST = ['Nordic', 'Open', 'Green', 'Social', 'Civic', 'Urban', 'Coastal', 'Rural', 'Youth', 'Future', 'Inclusive', 'Circular'];
const MIDDLE = ['Impact', 'Innovation', 'Enterprise', 'Welfare', 'Climate', 'Learning', 'Housing', 'Health', 'Culture', 'Food'];
const LAST = ['Lab', 'Foundation', 'Network', 'Hub', 'Partnership', 'Alliance', 'Council', 'Institute', 'Fund', 'Cooperative'];
const PLACES = ['Malmö', 'Aarhus', 'Bergen', 'Tampere', 'Göteborg', 'Odense', 'Trondheim', 'Lund', 'Uppsala', 'Roskilde'];

/** Distinct, realistically long names (two to four words and a place). */
function names(count: number): string[] {
  const random = seededRandom(130);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const out = new Set<string>();
  while (out.size < count) {
    const words = [pick(FIRST), pick(MIDDLE), pick(LAST)];
    if (random() < 0.4) words.push(pick(PLACES));
    out.add(words.join(' '));
  }
  return [...out];
}

const idOf = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');

export function crowdedExtraction(): Extraction {
  const random = seededRandom(17);
  const entities = [HUB, ...names(CROWDED_ACTORS - 1).map((name) => ({ id: idOf(name), name }))].map((e) => ({
    ...e,
    type: 'Organisation' as const,
    aliases: [],
  }));
  const pairs: [number, number][] = [];
  for (let i = 1; i <= HUB_NEIGHBOURS; i++) pairs.push([0, i]);
  // The others in clusters of about ten, each cluster tied to one of the hub's neighbours.
  for (let i = HUB_NEIGHBOURS + 1; i < CROWDED_ACTORS; i++) {
    const clusterStart = HUB_NEIGHBOURS + 1 + Math.floor((i - HUB_NEIGHBOURS - 1) / 10) * 10;
    pairs.push(i === clusterStart ? [1 + Math.floor(random() * HUB_NEIGHBOURS), i] : [clusterStart + Math.floor(random() * (i - clusterStart)), i]);
  }
  let text = '';
  const relations: Relation[] = pairs.map(([a, b]) => {
    const sentence = `${entities[a]!.name} samarbetar med ${entities[b]!.name}.`;
    const start = text.length;
    text += `${sentence} `;
    return {
      source: entities[a]!.id,
      target: entities[b]!.id,
      type: 'COLLABORATES_WITH',
      confidence: 0.8,
      evidence: [{ documentId: 'crowded', sentence, start, end: start + sentence.length, language: 'sv', trigger: 'samarbetar med' }],
    };
  });
  return {
    documents: [{ id: 'crowded', title: 'Ett tätt nätverk', language: 'sv', source: null, date: null, contentHash: 'crowded-130', text, mentions: [] }],
    entities,
    relations,
    coMentions: [],
    diagnostics: [],
  };
}
