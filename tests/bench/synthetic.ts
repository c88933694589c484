/**
 * A seeded synthetic Extraction for benchmarks and tests: entities with a power-law (Zipf) degree distribution,
 * typed relations each backed by one sentence of a generated document, co-mentions, and every entity mentioned
 * by at least one document. The same options always give the same extraction.
 */
import { createHash } from 'node:crypto';
import {
  RELATION_TYPES,
  isSymmetric,
  relationKey,
  type CoMention,
  type Document,
  type Entity,
  type EntityType,
  type Extraction,
  type Relation,
  type RelationType,
} from '../../src/model/index.js';
import { appendTo } from '../../importer/load/appendTo.js';
import { seededRandom } from '../../src/ui/graph/seededRandom.js';

export interface SyntheticOptions {
  entities: number;
  relations: number;
  seed?: number;
  /** Default: one document per 10 entities. */
  documents?: number;
  /** Default: one co-mention per 10 relations. */
  coMentions?: number;
  /** Zipf exponent of how often an entity is picked as an endpoint; about 1 gives hubs and a long tail. */
  skew?: number;
}

const SYLLABLES = ['nor', 'da', 'vik', 'sol', 'lund', 'berg', 'ma', 'ri', 'ka', 'tor', 'en', 'fa', 'ly', 'sko', 'gen', 'hav'];
const TYPE_SHARE: [EntityType, number][] = [
  ['Organisation', 0.4], ['Person', 0.15], ['Programme', 0.15], ['Event', 0.1], ['Place', 0.08], ['Funding', 0.05], ['Network', 0.05], ['Publication', 0.02],
];

function weightedPick<T>(rand: () => number, items: [T, number][]): T {
  let x = rand();
  for (const [item, share] of items) if ((x -= share) < 0) return item;
  return items[items.length - 1]![0];
}

/** Picks entity indexes with probability ∝ 1/(rank+1)^skew, by binary search in the cumulative weights. */
export function zipfSampler(n: number, skew: number, rand: () => number): () => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) cumulative[i] = total += 1 / Math.pow(i + 1, skew);
  return () => {
    const x = rand() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function makeEntities(count: number, rand: () => number): Entity[] {
  return Array.from({ length: count }, (_, i) => {
    const words = 1 + Math.floor(rand() * 2);
    const parts = Array.from({ length: words }, () => {
      const s = Array.from({ length: 2 + Math.floor(rand() * 2) }, () => SYLLABLES[Math.floor(rand() * SYLLABLES.length)]).join('');
      return s[0]!.toUpperCase() + s.slice(1);
    });
    const name = `${parts.join(' ')} ${i}`;
    const type = weightedPick(rand, TYPE_SHARE);
    return { id: name.toLowerCase().replace(/\s+/g, '-'), name, type, aliases: rand() < 0.1 ? [parts.map((p) => p[0]).join('') + i] : [] };
  });
}

interface DraftDocument {
  sentences: { text: string; mentions: [number, number, number][] }[];
}

export function generateSyntheticExtraction(options: SyntheticOptions): Extraction {
  const rand = seededRandom(options.seed ?? 1);
  const entities = makeEntities(options.entities, rand);
  const docCount = options.documents ?? Math.max(1, Math.ceil(options.entities / 10));
  const pick = zipfSampler(entities.length, options.skew ?? 1, rand);
  const drafts: DraftDocument[] = Array.from({ length: docCount }, () => ({ sentences: [] }));
  const say = (doc: number, parts: (string | number)[]) => {
    // Strings are words; numbers are entity indexes, written as their name and recorded as a mention.
    let text = '';
    const mentions: [number, number, number][] = [];
    for (const p of parts) {
      if (text) text += ' ';
      if (typeof p === 'number') {
        mentions.push([p, text.length, text.length + entities[p]!.name.length]);
        text += entities[p]!.name;
      } else text += p;
    }
    drafts[doc]!.sentences.push({ text: `${text}.`, mentions });
  };
  entities.forEach((_, i) => say(i % docCount, [i, 'is', 'active', 'here']));

  const relations = new Map<string, { r: Relation; doc: number; sentence: number }>();
  const budget = options.relations * 20;
  for (let attempt = 0; relations.size < options.relations && attempt < budget; attempt++) {
    const [a, b] = [pick(), Math.floor(rand() * entities.length)];
    const type: RelationType = RELATION_TYPES[Math.floor(rand() * RELATION_TYPES.length)]!;
    const [s, t] = rand() < 0.5 ? [a, b] : [b, a];
    if (s === t) continue;
    const [source, target] = isSymmetric(type) && entities[t]!.id < entities[s]!.id ? [t, s] : [s, t];
    const key = relationKey({ source: entities[source]!.id, target: entities[target]!.id, type });
    if (relations.has(key)) continue;
    const doc = Math.floor(rand() * docCount);
    say(doc, [source, type.toLowerCase().replace(/_/g, ' '), target]);
    const r: Relation = { source: entities[source]!.id, target: entities[target]!.id, type, confidence: Math.round((0.5 + rand() / 2) * 100) / 100, evidence: [] };
    relations.set(key, { r, doc, sentence: drafts[doc]!.sentences.length - 1 });
  }

  const coMentions = new Map<string, CoMention>();
  const wanted = options.coMentions ?? Math.floor(options.relations / 10);
  for (let attempt = 0; coMentions.size < wanted && attempt < wanted * 20; attempt++) {
    const [a, b] = [pick(), pick()].sort((x, y) => (entities[x]!.id < entities[y]!.id ? -1 : 1)) as [number, number];
    const key = `${a}>${b}`;
    if (a === b || coMentions.has(key)) continue;
    const doc = Math.floor(rand() * docCount);
    say(doc, [a, 'and', b, 'met']);
    coMentions.set(key, { source: entities[a]!.id, target: entities[b]!.id, weight: 1, documentIds: [`doc-${doc}`] });
  }

  const byDocument = new Map<number, { r: Relation; sentence: number }[]>();
  for (const rel of relations.values()) appendTo(byDocument, rel.doc, rel);
  const documents: Document[] = drafts.map((d, i) => {
    const starts: number[] = [];
    let text = '';
    for (const s of d.sentences) {
      starts.push(text.length + (text ? 1 : 0));
      text += (text ? ' ' : '') + s.text;
    }
    const mentions = d.sentences.flatMap((s, k) => s.mentions.map(([e, st, en]) => ({ entityId: entities[e]!.id, start: starts[k]! + st, end: starts[k]! + en })));
    for (const rel of byDocument.get(i) ?? []) {
      const s = d.sentences[rel.sentence]!;
      rel.r.evidence.push({ documentId: `doc-${i}`, sentence: s.text, start: starts[rel.sentence]!, end: starts[rel.sentence]! + s.text.length, language: 'en' });
    }
    return { id: `doc-${i}`, title: `Synthetic document ${i}`, language: 'en', source: null, date: null, contentHash: createHash('sha256').update(text).digest('hex'), text, mentions };
  });
  return { documents, entities, relations: [...relations.values()].map((r) => r.r), coMentions: [...coMentions.values()], diagnostics: [] };
}
