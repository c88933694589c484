import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../../importer/extract/extractDocument.js';
import { extractCorpus } from '../../../../../importer/extractCorpus.js';
import { loadKnowledge } from '../../../../../importer/lexicon/loadKnowledge.js';
import { resolveExtractions } from '../../../../../importer/resolve/resolveExtractions.js';
import { PROJECT_ROOT } from '../../../../../src/config.js';
import type { Extraction, Language, StatedTime } from '../../../../../src/model/index.js';
import { makeDocument } from '../makeDocument.js';

const knowledge = loadKnowledge({ curated: false });
const values = (dates: StatedTime[] | undefined) => (dates ?? []).map(({ from, to, at, precision }) => ({ ...(from && { from }), ...(to && { to }), ...(at && { at }), precision }));

function extract(text: string, language: Language, date: string | null = null) {
  const doc = { ...makeDocument(text, language), date };
  return resolveExtractions([extractDocument(doc, knowledge)], knowledge);
}
const relation = (x: Pick<Extraction, 'relations'>, source: string, type: string, target: string) =>
  x.relations.find((r) => r.source === source && r.type === type && r.target === target);

describe('dates on relations and events', { timeout: 120_000 }, () => {
  it('dates the relation its clause states, with the sentence as evidence', () => {
    const x = extract('Grönt Nätverk har samarbetat med Malmö stad sedan 2019.', 'sv');
    const r = relation(x, 'grönt-nätverk', 'COLLABORATES_WITH', 'malmö-stad') ?? relation(x, 'malmö-stad', 'COLLABORATES_WITH', 'grönt-nätverk');
    expect(values(r?.dates)).toEqual([{ from: '2019', precision: 'year' }]);
    expect(r!.dates![0]!.evidence).toMatchObject({ mechanism: 'date', trigger: 'sedan 2019', sentence: 'Grönt Nätverk har samarbetat med Malmö stad sedan 2019.' });
  });

  it('leaves a relation in another clause of the sentence undated', () => {
    const x = extract('Ingeborg og Poul Lauritsens Fond blev stiftet i 1972 af Poul Lauritsen og har hjemsted i Vejle.', 'da');
    const located = x.relations.find((r) => r.type === 'LOCATED_IN');
    expect(located).toBeDefined();
    expect(located!.dates).toBeUndefined();
    expect(values(x.relations.find((r) => r.type === 'FOUNDED_BY')?.dates)).toEqual([{ at: '1972', precision: 'year' }]);
  });

  it('reads a relative date against the document date', () => {
    const x = extract('I fjor fikk Tidvis AS støtte fra Stiftelsen Aldersfrisk.', 'nb', '2026-01-12');
    const funded = x.relations.find((r) => r.type === 'FUNDED_BY');
    expect(values(funded?.dates)).toEqual([{ at: '2025', precision: 'year' }]);
  });

  it('omits dates where the text states none, so outputs keep their shape', () => {
    const x = extract('Grönt Nätverk samarbetar med Malmö stad.', 'sv');
    for (const r of x.relations) expect('dates' in r).toBe(false);
    for (const e of x.entities) expect('dates' in e).toBe(false);
  });

  it('on the sample corpus: the founding in 1980, the start in Scandinavia in 2012, the scheme of 2022 and the gathering of 16 June', async () => {
    const x = await extractCorpus([path.join(PROJECT_ROOT, 'graph-data/documents')], { curated: false, knowledge });
    expect(values(relation(x, 'ashoka', 'FOUNDED_BY', 'bill-drayton')?.dates)).toEqual([{ at: '1980', precision: 'year' }]);
    expect(values(relation(x, 'ashoka', 'LOCATED_IN', 'scandinavia')?.dates)).toEqual([{ from: '2012', precision: 'year' }]);
    const scheme = relation(x, 'viken-fylkeskommune', 'RUNS', 'tilskuddsordningen-sosialt-entreprenørskap-og-integrering');
    expect(values(scheme?.dates)).toEqual([{ at: '2022', precision: 'year' }]);
    const gathering = x.entities.find((e) => e.type === 'Event' && values(e.dates).some((d) => d.at === '--06-16'));
    expect(gathering).toBeDefined();
    expect(values(gathering!.dates)).toEqual([{ at: '--06-16', precision: 'day' }]);
    expect(relation(x, gathering!.id, 'LOCATED_IN', 'drammen')).toBeDefined();
  });
});
