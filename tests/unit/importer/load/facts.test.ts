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
      location: null,
      placeKind: null,
      dates: [],
      time: null,
      from: null,
      to: null,
      at: null,
      datePrecision: null,
    });
  });

  it("keeps a place's position and kind, most claims winning, and only while the entity is a place", () => {
    const at = (latitude: number) => ({ ...claim('Norrby', 'Place'), location: { latitude, longitude: 18 }, placeKind: 'city' });
    const merged = mergeEntity('x', tallyClaims([at(59), at(60), at(60)]), undefined);
    expect(merged).toMatchObject({ location: { latitude: 60, longitude: 18 }, placeKind: 'city' });
    expect(mergeEntity('x', tallyClaims([at(59), at(60)]), undefined)).toEqual(mergeEntity('x', tallyClaims([at(60), at(59)]), undefined));
    expect(mergeEntity('x', tallyClaims([at(59)]), { type: 'Organisation', aliases: [], line: 1 })).toMatchObject({ location: null });
  });

  it("sums up an event's stated times across documents", () => {
    const t = (documentId: string, at: string) =>
      JSON.stringify({ at, precision: 'day', evidence: { documentId, sentence: 's', start: 0, end: 1, language: 'sv' } });
    const merged = mergeEntity('x', tallyClaims([{ ...claim('Forum', 'Event'), dates: [t('a', '2023-06-16')] }, { ...claim('Forum', 'Event'), dates: [t('b', '2024-06-14')] }]), undefined);
    expect(merged).toMatchObject({ from: '2023-06-16', to: '2024-06-14', at: null, datePrecision: 'day' });
    expect(merged!.dates).toHaveLength(2);
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

  it('stores the stated times of every part, their summary as dates, and reads each part its own back', () => {
    const stated = (documentId: string, t: { from?: string; to?: string; precision: 'year' }) => ({ ...t, evidence: ev(documentId, 0) });
    const parts = new Map([
      ['d1', { confidence: 0.8, evidence: [ev('d1', 0)], dates: [stated('d1', { from: '2012', precision: 'year' })] }],
      ['d2', { confidence: 0.8, evidence: [ev('d2', 0)], dates: [stated('d2', { from: '2015', to: '2018', precision: 'year' })] }],
    ]);
    const props = relationProps('a>FUNDED_BY>b', parts)!;
    expect(props).toMatchObject({ from: '2012-01-01', to: '2018-12-31', at: null, datePrecision: 'year', time: JSON.stringify({ from: '2012', to: '2018', precision: 'year' }) });
    expect(props.dates).toHaveLength(2);
    const back = relationParts(props);
    expect(back.get('d1')!.dates).toEqual(parts.get('d1')!.dates);
    expect(relationProps('a>FUNDED_BY>b', back)).toEqual(props);
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
