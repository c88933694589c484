import { describe, expect, it } from 'vitest';
import { applyCorrections } from '../../../../importer/curate/applyCorrections.js';
import { CorrectionsFileSchema, type Corrections } from '../../../../importer/curate/correctionsSchema.js';
import { handExtraction } from '../../../integration/importer/handExtraction.js';

const corrections = (data: object): Corrections => ({ ...CorrectionsFileSchema.parse(data), file: 'corrections.yaml', lineOf: (_k, i) => 10 + i });

describe('applyCorrections', () => {
  it('a merge moves mentions, relations and co-mentions onto the kept entity and keeps the old names as aliases', () => {
    const { extraction } = applyCorrections(handExtraction(), corrections({ merge: [{ from: 'epsilon', into: 'delta-network' }] }));
    expect(extraction.entities.map((e) => e.id)).not.toContain('epsilon');
    expect(extraction.entities.find((e) => e.id === 'delta-network')!.aliases).toEqual(['Epsilon', 'Epsilon Group']);
    expect(extraction.documents.flatMap((d) => d.mentions).some((m) => m.entityId === 'epsilon')).toBe(false);
    const keys = extraction.relations.map((r) => `${r.source}>${r.type}>${r.target}`);
    // "Epsilon is a member of Delta Network" would now link the entity to itself: dropped.
    expect(keys).not.toContain('delta-network>MEMBER_OF>delta-network');
    expect(keys).toContain('beta-lab>PARTNERS_WITH>delta-network');
    expect(extraction.coMentions).toEqual([]);
  });

  it('follows merge chains and reports cycles instead of looping', () => {
    const chain = applyCorrections(handExtraction(), corrections({ merge: [{ from: 'epsilon', into: 'beta-lab' }, { from: 'beta-lab', into: 'alpha-fund' }] }));
    expect(chain.extraction.entities.map((e) => e.id).sort()).toEqual(['alpha-fund', 'delta-network', 'gamma-city']);
    const cycle = applyCorrections(handExtraction(), corrections({ merge: [{ from: 'epsilon', into: 'beta-lab' }, { from: 'beta-lab', into: 'epsilon' }] }));
    expect(cycle.diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/cycle/), expect.stringMatching(/cycle/)]);
    expect(cycle.extraction.entities).toHaveLength(5);
  });

  it('rename keeps the id and the old name as an alias; retype and alias change the entity', () => {
    const { extraction, curation } = applyCorrections(
      handExtraction(),
      corrections({ rename: [{ entity: 'beta-lab', name: 'Beta Laboratory' }], retype: [{ entity: 'gamma-city', type: 'Organisation' }], alias: [{ entity: 'alpha-fund', alias: 'Fund A' }] }),
    );
    const byId = new Map(extraction.entities.map((e) => [e.id, e]));
    expect(byId.get('beta-lab')).toMatchObject({ name: 'Beta Laboratory', aliases: ['Beta Lab'] });
    expect(byId.get('gamma-city')!.type).toBe('Organisation');
    expect(byId.get('alpha-fund')!.aliases).toEqual(['AF', 'Fund A']);
    expect(curation.entities.get('beta-lab')).toMatchObject({ name: 'Beta Laboratory', aliases: ['Beta Lab'], line: 10 });
  });

  it('a rejected symmetric relation stays, marked rejected under its stored key, whichever way round it is written', () => {
    const { extraction, curation } = applyCorrections(
      handExtraction(),
      corrections({ reject: [{ source: 'epsilon', type: 'PARTNERS_WITH', target: 'beta-lab', by: 'Ann', at: '2026-01-02T00:00:00Z' }] }),
    );
    expect(extraction.relations.some((r) => r.type === 'PARTNERS_WITH')).toBe(true);
    expect(curation.reviews).toEqual([
      { kind: 'relation', key: 'beta-lab>PARTNERS_WITH>epsilon', review: { state: 'rejected', by: 'Ann', at: '2026-01-02T00:00:00Z' }, line: 10 },
    ]);
  });

  it('reviews follow merges, and a claim reviewed twice keeps the later review', () => {
    const { curation, diagnostics } = applyCorrections(
      handExtraction(),
      corrections({
        merge: [{ from: 'epsilon', into: 'delta-network' }],
        verify: [{ entity: 'epsilon', at: '2026-01-01' }],
        reject: [{ entity: 'delta-network', at: '2026-02-01', note: 'not a network' }],
      }),
    );
    expect(curation.reviews).toEqual([{ kind: 'entity', key: 'delta-network', review: { state: 'rejected', by: 'corrections file', at: '2026-02-01', note: 'not a network' }, line: 10 }]);
    expect(diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/^reject: delta-network is also reviewed at line 10/)]);
  });

  it('a split takes back the merge that brought its name in; a split that takes nothing back is reported', () => {
    const { extraction, diagnostics } = applyCorrections(
      handExtraction(),
      corrections({ merge: [{ from: 'epsilon', into: 'delta-network' }], split: [{ entity: 'delta-network', name: 'Epsilon Group' }, { entity: 'beta-lab', name: 'Nobody' }] }),
    );
    expect(extraction.entities.map((e) => e.id)).toContain('epsilon');
    expect(diagnostics).toEqual([expect.objectContaining({ line: 11, message: 'split: no merge into "beta-lab" brought in "Nobody"' })]);
  });

  it('an added relation is ordered like stored relations and marks its ends curated', () => {
    const { curation } = applyCorrections(handExtraction(), corrections({ add: [{ source: 'gamma-city', type: 'COLLABORATES_WITH', target: 'alpha-fund', note: 'Seen at the fair' }] }));
    expect(curation.relations).toEqual([
      { id: 'alpha-fund>COLLABORATES_WITH>gamma-city', source: 'alpha-fund', target: 'gamma-city', type: 'COLLABORATES_WITH', note: 'Seen at the fair', language: 'en', line: 10 },
    ]);
    expect([...curation.entities.keys()].sort()).toEqual(['alpha-fund', 'gamma-city']);
  });

  it('corrections naming entities the extraction lacks become warnings with file and line, and change nothing', () => {
    const input = handExtraction();
    const { extraction, diagnostics } = applyCorrections(
      input,
      corrections({ merge: [{ from: 'ghost', into: 'beta-lab' }], reject: [{ source: 'ghost', type: 'RUNS', target: 'beta-lab' }] }),
    );
    expect(diagnostics).toEqual([
      { severity: 'warning', stage: 'curate', file: 'corrections.yaml', line: 10, message: 'merge: "ghost" is not among the entities of the imported documents' },
      { severity: 'warning', stage: 'curate', file: 'corrections.yaml', line: 10, message: 'reject: "ghost" is not among the entities of the imported documents' },
    ]);
    expect(extraction).toEqual(input);
  });

  it('does not modify its input', () => {
    const input = handExtraction();
    const copy = structuredClone(input);
    applyCorrections(input, corrections({ rename: [{ entity: 'beta-lab', name: 'B' }], alias: [{ entity: 'epsilon', alias: 'E' }] }));
    expect(input).toEqual(copy);
  });
});
