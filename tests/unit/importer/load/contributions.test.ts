import { describe, expect, it } from 'vitest';
import { splitContributions } from '../../../../importer/load/contributions.js';
import { handExtraction } from '../../../integration/importer/handExtraction.js';

describe('splitContributions', () => {
  const byId = (x = handExtraction()) => new Map(splitContributions(x).contributions.map((c) => [c.document.id, c]));

  it('gives each document its mentions with offsets and the name, type and aliases it gives each entity', () => {
    const d1 = byId().get('d1')!;
    expect(d1.mentions.find((m) => m.entityId === 'beta-lab')).toEqual({
      entityId: 'beta-lab',
      name: 'Beta Lab',
      type: 'Organisation',
      aliases: [],
      count: 2,
      offsets: [0, 8, 34, 42],
    });
  });

  it('splits a relation stated in two documents into one part per document, each with its own evidence', () => {
    const docs = byId();
    const part = (doc: string) => docs.get(doc)!.relations.find((r) => r.type === 'FUNDED_BY')!.part;
    expect(part('d1').evidence.map((e) => e.sentence)).toEqual(['Beta Lab is funded by Alpha Fund.']);
    expect(part('d2').evidence.map((e) => e.sentence)).toEqual(['Alpha Fund also funds Beta Lab.']);
  });

  it('orders symmetric relations from the smaller id to the larger', () => {
    const partners = byId().get('d2')!.relations.find((r) => r.type === 'PARTNERS_WITH')!;
    expect([partners.source, partners.target, partners.id]).toEqual(['beta-lab', 'epsilon', 'beta-lab>PARTNERS_WITH>epsilon']);
  });

  it('shares a co-mention weight among its documents so the shares add up to it', () => {
    const x = handExtraction();
    x.coMentions = [{ source: 'epsilon', target: 'beta-lab', weight: 5, documentIds: ['d2', 'd1'] }];
    const docs = byId(x);
    expect(docs.get('d1')!.coMentions).toEqual([{ id: 'beta-lab>CO_MENTIONED>epsilon', source: 'beta-lab', target: 'epsilon', weight: 3 }]);
    expect(docs.get('d2')!.coMentions[0]!.weight).toBe(2);
    // d1 never names Epsilon, yet supports a link to it: it claims the entity with no mention.
    expect(docs.get('d1')!.mentions.find((m) => m.entityId === 'epsilon')).toMatchObject({ count: 0, offsets: [] });
  });

  it("a document's facts hash changes when its facts change, and no other document's does", () => {
    const before = byId();
    const x = handExtraction();
    x.relations = x.relations.filter((r) => r.type !== 'MEMBER_OF');
    const after = byId(x);
    expect(after.get('d3')!.factsHash).not.toBe(before.get('d3')!.factsHash);
    expect(after.get('d1')!.factsHash).toBe(before.get('d1')!.factsHash);
    expect(after.get('d2')!.factsHash).toBe(before.get('d2')!.factsHash);
  });

  it('reports mentions of unknown entities and evidence from documents not being imported, and skips them', () => {
    const x = handExtraction(['d1']);
    x.documents[0]!.mentions.push({ entityId: 'nobody', start: 0, end: 3 });
    x.relations.push({ source: 'beta-lab', target: 'alpha-fund', type: 'RUNS', confidence: 0.5, evidence: [{ documentId: 'elsewhere', sentence: 's', start: 0, end: 1, language: 'en' }] });
    const { contributions, diagnostics } = splitContributions(x);
    expect(diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/unknown entity "nobody"/), expect.stringMatching(/not being imported/)]);
    expect(contributions[0]!.relations.map((r) => r.type)).toEqual(['FUNDED_BY', 'LOCATED_IN']);
  });
});
