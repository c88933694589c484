/** A small hand-written extraction (fictional actors) whose facts tests can reason about exactly. */
import { createHash } from 'node:crypto';
import type { Document, Entity, Evidence, Extraction, Relation, RelationType } from '../../../src/model/index.js';

export const ENTITIES: Entity[] = [
  { id: 'alpha-fund', name: 'Alpha Fund', type: 'Funding', aliases: ['AF'] },
  { id: 'beta-lab', name: 'Beta Lab', type: 'Organisation', aliases: [] },
  { id: 'gamma-city', name: 'Gamma City', type: 'Place', aliases: [] },
  { id: 'delta-network', name: 'Delta Network', type: 'Network', aliases: [] },
  { id: 'epsilon', name: 'Epsilon', type: 'Organisation', aliases: ['Epsilon Group'] },
];

export const TEXTS: Record<string, string> = {
  d1: 'Beta Lab is funded by Alpha Fund. Beta Lab is based in Gamma City.',
  d2: 'Beta Lab works with Epsilon. Alpha Fund also funds Beta Lab.',
  d3: 'Delta Network and Epsilon met in Gamma City. Epsilon is a member of Delta Network.',
};

/** Which sentence of which document states each relation. */
const STATED: [string, RelationType, string, string, string][] = [
  ['beta-lab', 'FUNDED_BY', 'alpha-fund', 'd1', 'Beta Lab is funded by Alpha Fund.'],
  ['beta-lab', 'LOCATED_IN', 'gamma-city', 'd1', 'Beta Lab is based in Gamma City.'],
  ['epsilon', 'PARTNERS_WITH', 'beta-lab', 'd2', 'Beta Lab works with Epsilon.'],
  ['beta-lab', 'FUNDED_BY', 'alpha-fund', 'd2', 'Alpha Fund also funds Beta Lab.'],
  ['epsilon', 'MEMBER_OF', 'delta-network', 'd3', 'Epsilon is a member of Delta Network.'],
];

export function evidence(documentId: string, sentence: string): Evidence {
  const start = TEXTS[documentId]!.indexOf(sentence);
  if (start < 0) throw new Error(`"${sentence}" is not in ${documentId}`);
  return { documentId, sentence, start, end: start + sentence.length, language: 'en' };
}

export function makeDocument(id: string, text: string, path?: string): Document {
  const mentions = ENTITIES.flatMap((e) =>
    [...text.matchAll(new RegExp(e.name, 'g'))].map((m) => ({ entityId: e.id, start: m.index, end: m.index + e.name.length })),
  ).sort((a, b) => a.start - b.start);
  return { id, title: `Document ${id}`, language: 'en', source: null, date: null, path, contentHash: createHash('sha256').update(text).digest('hex'), text, mentions };
}

/** The extraction of the given documents (all three by default), relations merged across documents as resolve does. */
export function handExtraction(ids: string[] = ['d1', 'd2', 'd3'], paths: Record<string, string> = {}): Extraction {
  const relations = new Map<string, Relation>();
  for (const [source, type, target, doc, sentence] of STATED) {
    if (!ids.includes(doc)) continue;
    const key = `${source}>${type}>${target}`;
    const r = relations.get(key) ?? { source, target, type, confidence: 0.8, evidence: [] };
    r.evidence.push(evidence(doc, sentence));
    relations.set(key, r);
  }
  const documents = ids.map((id) => makeDocument(id, TEXTS[id]!, paths[id]));
  const named = new Set(documents.flatMap((d) => d.mentions.map((m) => m.entityId)));
  return {
    documents,
    entities: ENTITIES.filter((e) => named.has(e.id)),
    relations: [...relations.values()],
    coMentions: ids.includes('d3') ? [{ source: 'delta-network', target: 'epsilon', weight: 1, documentIds: ['d3'] }] : [],
    diagnostics: [],
  };
}
