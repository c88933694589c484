import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../importer/extract/extractDocument.js';
import { loadKnowledge } from '../../../../importer/lexicon/loadKnowledge.js';
import { resolveExtractions } from '../../../../importer/resolve/resolveExtractions.js';
import { ExtractionSchema } from '../../../../src/model/index.js';
import { makeDocument } from '../extract/makeDocument.js';

const knowledge = loadKnowledge({ curated: false });
const docs = [
  makeDocument('Nordic Makers Network (NMN) har kontor i Göteborg. NMN samarbetar med Ideell Kraft.', 'sv', 'a'),
  makeDocument('Nordic Makers Networks medlemmar träffades i Oslo. NMN samarbeider med Ideell Kraft.', 'nb', 'b'),
];
const resolved = resolveExtractions(docs.map((d) => extractDocument(d, knowledge)), knowledge);

describe('resolveExtractions', () => {
  it('produces a valid extraction whose mentions point at its entities', () => {
    const parsed = ExtractionSchema.parse({ ...resolved, diagnostics: [] });
    const ids = new Set(parsed.entities.map((e) => e.id));
    for (const d of parsed.documents) for (const m of d.mentions) expect(ids.has(m.entityId)).toBe(true);
  });

  it('merges an entity across documents, languages, its acronym and its genitive under one stable id', () => {
    const network = resolved.entities.filter((e) => e.name.startsWith('Nordic Makers') || e.aliases.includes('NMN'));
    expect(network).toHaveLength(1);
    expect(network[0]!.id).toBe('nordic-makers-network');
    expect(network[0]!.aliases).toContain('NMN');
  });

  it('joins the evidence of one relation stated in two documents and raises its confidence', () => {
    const collab = resolved.relations.filter((r) => r.type === 'COLLABORATES_WITH');
    expect(collab).toHaveLength(1);
    expect(collab[0]!.evidence.map((e) => e.documentId).sort()).toEqual(['a', 'b']);
    // Each document alone is as sure as its mechanism's measured precision; two independent statements are surer.
    const alone = docs.map((d) => extractDocument(d, knowledge).relations.find((r) => r.type === 'COLLABORATES_WITH')!.confidence);
    expect(collab[0]!.confidence).toBeGreaterThan(Math.max(...alone));
    expect(collab[0]!.confidence).toBeCloseTo(1 - alone.reduce((p, c) => p * (1 - c), 1));
  });

  it('cites a sentence once when the same document is resolved twice', () => {
    const extractions = docs.map((d) => extractDocument(d, knowledge));
    const twice = resolveExtractions([extractions[0]!, ...extractions, extractions[1]!], knowledge);
    expect(twice.relations.map((r) => [r.type, r.evidence.length, r.confidence])).toEqual(
      resolved.relations.map((r) => [r.type, r.evidence.length, r.confidence]),
    );
  });

  it('counts every co-mention but lists each document of a co-mention once', () => {
    const doc = makeDocument('I rapporten nämns Ideell Kraft, Nordic Makers Network och Sveriges Kommuner.', 'sv', 'c');
    const other = makeDocument('Nordic Makers Network och Ideell Kraft nämndes i rapporten om Göteborg.', 'sv', 'd');
    const [c, d] = [doc, other].map((x) => extractDocument(x, knowledge));
    const pairs = resolveExtractions([c!, d!, c!], knowledge).coMentions;
    expect(pairs).toHaveLength(3);
    const both = pairs.find((p) => p.source === 'ideell-kraft' && p.target === 'nordic-makers-network');
    expect(both).toMatchObject({ weight: 3, documentIds: ['c', 'd'] });
    for (const p of pairs.filter((x) => x !== both)) expect(p).toMatchObject({ weight: 2, documentIds: ['c'] });
  });

  it('gives the same ids on a second run', () => {
    const again = resolveExtractions(docs.map((d) => extractDocument(d, knowledge)), knowledge);
    expect(again.entities.map((e) => e.id)).toEqual(resolved.entities.map((e) => e.id));
  });
});
