import { describe, expect, it } from 'vitest';
import { splitContributions } from '../../../../importer/load/contributions.js';
import type { Document, Extraction } from '../../../../src/model/index.js';

const doc = (id: string): Document => ({ id, title: id, language: 'en', source: null, date: null, contentHash: `h-${id}`, text: 'Beta Lab is funded by Alpha Fund.', mentions: [{ entityId: 'beta-lab', start: 0, end: 8 }, { entityId: 'alpha-fund', start: 22, end: 32 }] });
const evidence = (documentId: string, confidence: number) => ({ documentId, sentence: 'Beta Lab is funded by Alpha Fund.', start: 0, end: 33, language: 'en' as const, confidence });

function extraction(ids: string[]): Extraction {
  return {
    documents: ids.map(doc),
    entities: [{ id: 'beta-lab', name: 'Beta Lab', type: 'Organisation', aliases: [] }, { id: 'alpha-fund', name: 'Alpha Fund', type: 'Funding', aliases: [] }],
    // Resolve's merged confidence grows with every document; each document's own part must not.
    relations: [{ source: 'beta-lab', target: 'alpha-fund', type: 'FUNDED_BY', confidence: 1 - 0.4 ** ids.length, evidence: ids.map((d) => evidence(d, 0.6)) }],
    coMentions: [],
    diagnostics: [],
  };
}

describe('a document\'s part of a relation', () => {
  it('comes from its own evidence, so another document citing the relation leaves its facts hash as it was', () => {
    const before = splitContributions(extraction(['d1'])).contributions[0]!;
    const after = splitContributions(extraction(['d1', 'd2'])).contributions.find((c) => c.document.id === 'd1')!;
    expect(after.relations[0]!.part.confidence).toBe(0.6);
    expect(after.factsHash).toBe(before.factsHash);
  });
});
