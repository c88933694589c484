import { describe, expect, it } from 'vitest';
import { mergeEntity, tallyClaims, type EntityClaim } from '../../../../importer/load/entityFacts.js';
import { coMentionParts, coMentionProps, curatedPart, relationParts, relationProps } from '../../../../importer/load/relationFacts.js';
import { CURATED_DOCUMENT_ID, type Evidence } from '../../../../src/model/index.js';

const claim = (name: string, type: EntityClaim['type'], aliases: string[] = []): EntityClaim => ({ name, type, aliases });
const ev = (documentId: string, start: number): Evidence => ({ documentId, sentence: `s${start}`, start, end: start + 2, language: 'sv' });

describe('merging what documents say about an entity', () => {
  it('takes the name and type most documents give, the other names as aliases, and folds the name', () => {
    const merged = mergeEntity('x', tallyClaims([claim('Røde Kors', 'Organisation', ['RK']), claim('Røde Kors', 'Organisation'), claim('Red Cross', 'Network')]), undefined);
    expect(merged).toEqual({
      id: 'x',
      name: 'Røde Kors',
      type: 'Organisation',
      aliases: ['RK', 'Red Cross'],
      aliasText: 'RK | Red Cross',
      nameFolded: 'rode kors',
      curated: false,
      curation: null,
    });
  });

  it('breaks ties the same way whatever order the claims come in', () => {
    const claims = [claim('Beta', 'Event'), claim('Alpha', 'Programme')];
    expect(mergeEntity('x', tallyClaims(claims), undefined)).toEqual(mergeEntity('x', tallyClaims([...claims].reverse()), undefined));
    expect(mergeEntity('x', tallyClaims(claims), undefined)).toMatchObject({ name: 'Alpha', type: 'Event' });
  });

  it('a correction overrides the documents; with no document left a curated entity keeps its last name', () => {
    const override = { name: 'Gamma', type: 'Place' as const, aliases: ['G'], line: 3 };
    expect(mergeEntity('x', tallyClaims([claim('Alpha', 'Event')]), override)).toMatchObject({ name: 'Gamma', type: 'Place', aliases: ['Alpha', 'G'], curated: true });
    expect(mergeEntity('x', tallyClaims([]), { aliases: [], line: 1 }, { name: 'Old', type: 'Event' })).toMatchObject({ name: 'Old', type: 'Event' });
    expect(mergeEntity('x', tallyClaims([]), undefined, { name: 'Old', type: 'Event' })).toBeNull();
  });
});

describe('relations as the sum of their parts', () => {
  it('stores parts in a form they can be read back from, with the curated part kept apart', () => {
    const parts = new Map([
      ['d2', { confidence: 0.6, evidence: [ev('d2', 9), ev('d2', 1)] }],
      ['d1', { confidence: 0.9, evidence: [ev('d1', 4)] }],
      [CURATED_DOCUMENT_ID, curatedPart({ note: 'Checked', language: 'en' })],
    ]);
    const props = relationProps('a>RUNS>b', parts)!;
    expect(props).toMatchObject({ confidence: 1, documentIds: ['d1', 'd2'], documentConfidences: [0.9, 0.6], documentCount: 2, evidenceCount: 4, curated: true, note: 'Checked' });
    expect(props.evidence.map((e) => JSON.parse(e).start)).toEqual([0, 4, 1, 9]);
    expect(relationProps('a>RUNS>b', relationParts(props))).toEqual(props);
  });

  it('a relation with no part left is deleted', () => {
    const props = relationProps('a>RUNS>b', new Map([['d1', { confidence: 0.5, evidence: [ev('d1', 0)] }]]))!;
    const parts = relationParts(props);
    parts.delete('d1');
    expect(relationProps('a>RUNS>b', parts)).toBeNull();
  });

  it('co-mention weights add up over documents and read back per document', () => {
    const props = coMentionProps('a>CO_MENTIONED>b', new Map([['d2', 1], ['d1', 3]]))!;
    expect(props).toEqual({ id: 'a>CO_MENTIONED>b', weight: 4, documentIds: ['d1', 'd2'], documentWeights: [3, 1] });
    expect(coMentionParts(props)).toEqual(new Map([['d1', 3], ['d2', 1]]));
  });
});
