import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/db/database.js';
import { dumpGraph } from '../../../src/db/queries/dump.js';
import { applyCorrections } from '../../../importer/curate/applyCorrections.js';
import { NO_CORRECTIONS, type Corrections } from '../../../importer/curate/correctionsSchema.js';
import { loadCorrections } from '../../../importer/curate/loadCorrections.js';
import { loadExtraction } from '../../../importer/load/loadExtraction.js';
import { syncReviews } from '../../../importer/load/syncCuration.js';
import { openTestDatabase, wipe } from '../../support/testDatabase.js';
import { handExtraction } from './handExtraction.js';

const CORRECTIONS = `
merge:
  - {from: epsilon, into: delta-network}
reject:
  - {source: beta-lab, type: LOCATED_IN, target: gamma-city}
add:
  - {source: alpha-fund, type: SUPPORTS, target: gamma-city, note: "Confirmed by phone with the fund, 2026"}
rename:
  - {entity: beta-lab, name: Beta Laboratory}
retype:
  - {entity: gamma-city, type: Place}
alias:
  - {entity: alpha-fund, alias: Fund Alpha}
  - {entity: no-such-entity, alias: Ghost}
`;

describe('curated corrections in the graph', () => {
  let db: Database;
  let corrections: Corrections;
  beforeAll(async () => {
    db = await openTestDatabase();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-curated-'));
    fs.writeFileSync(path.join(dir, 'corrections.yaml'), CORRECTIONS);
    corrections = loadCorrections(path.join(dir, 'corrections.yaml'));
  });
  beforeEach(async () => wipe(db));
  afterAll(async () => db.close());

  const load = async (c: Corrections) => {
    const corrected = applyCorrections(handExtraction(), c);
    const result = await loadExtraction(db, corrected.extraction, { curation: corrected.curation, folders: [], batchSize: 100 });
    const reviewed = await syncReviews(db, corrected.curation);
    return { ...result, diagnostics: [...corrected.diagnostics, ...result.diagnostics, ...reviewed] };
  };
  const entity = async (id: string) => (await db.rows<Record<string, unknown>>('MATCH (e:Entity {id: $id}) RETURN properties(e) AS p, labels(e) AS labels', { id }))[0];
  const relations = async () =>
    (await db.rows<{ r: string }>("MATCH (a:Entity)-[r]->(b:Entity) WHERE type(r) <> 'CO_MENTIONED' RETURN a.id + '>' + type(r) + '>' + b.id AS r ORDER BY r")).map((x) => x.r);

  it('applies merges, rejections, additions, renames and aliases, and they hold across re-imports', async () => {
    const first = await load(corrections);
    const dump = await dumpGraph(db);
    expect(await entity('epsilon')).toBeUndefined();
    const delta = (await entity('delta-network'))!.p as Record<string, unknown>;
    expect(delta.aliases).toEqual(expect.arrayContaining(['Epsilon', 'Epsilon Group']));
    expect(delta.curated).toBe(true);
    expect(await relations()).toEqual([
      'alpha-fund>SUPPORTS>gamma-city',
      'beta-lab>FUNDED_BY>alpha-fund',
      'beta-lab>LOCATED_IN>gamma-city',
      'beta-lab>PARTNERS_WITH>delta-network',
    ]);
    // A rejected relation stays, marked, so the explorer can show it struck through when asked to.
    const [rejected] = await db.rows<{ state: string }>('MATCH (:Entity {id: "beta-lab"})-[r:LOCATED_IN]->() RETURN r.reviewState AS state');
    expect(rejected!.state).toBe('rejected');
    const [added] = await db.rows<{ p: Record<string, unknown> }>('MATCH ()-[r:SUPPORTS]->() RETURN properties(r) AS p');
    expect(added!.p).toMatchObject({ curated: true, note: 'Confirmed by phone with the fund, 2026', confidence: 1, documentIds: [], documentCount: 0 });
    expect(JSON.parse((added!.p.evidence as string[])[0]!)).toMatchObject({ sentence: 'Confirmed by phone with the fund, 2026' });
    expect(((await entity('beta-lab'))!.p as Record<string, unknown>).name).toBe('Beta Laboratory');
    expect(((await entity('alpha-fund'))!.p as Record<string, unknown>).aliases).toEqual(['AF', 'Fund Alpha']);
    // The correction naming an entity that does not exist is reported with its line, not fatal.
    expect(first.diagnostics).toEqual(
      expect.arrayContaining([expect.objectContaining({ stage: 'curate', line: 14, message: expect.stringContaining('no-such-entity') })]),
    );

    await load(corrections);
    expect(await dumpGraph(db)).toBe(dump);
  });

  it('without the corrections (--no-curated) the graph returns to what the documents say', async () => {
    await load(NO_CORRECTIONS);
    const plain = await dumpGraph(db);
    await load(corrections);
    expect(await dumpGraph(db)).not.toBe(plain);
    const off = await load(NO_CORRECTIONS);
    expect(off.documents.refreshed.length).toBeGreaterThan(0);
    expect(await dumpGraph(db)).toBe(plain);
    expect(await relations()).toContain('beta-lab>LOCATED_IN>gamma-city');
    expect(await entity('epsilon')).toBeDefined();
  });

  it('a curated entity outlives its documents until its correction is removed', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-curated-docs-'));
    const paths = Object.fromEntries(['d1', 'd2', 'd3'].map((id) => [id, path.join(folder, `${id}.txt`)]));
    for (const file of Object.values(paths)) fs.writeFileSync(file, 'text');
    const withCorrections = applyCorrections(handExtraction(undefined, paths), corrections);
    const options = { curation: withCorrections.curation, folders: [folder], batchSize: 100 };
    await loadExtraction(db, withCorrections.extraction, options);
    // Every document deleted: the curated entities, and the relation a person added between two of them, stay.
    for (const file of Object.values(paths)) fs.rmSync(file);
    const nothing = { documents: [], entities: [], relations: [], coMentions: [], diagnostics: [] };
    const result = await loadExtraction(db, nothing, options);
    expect(result.documents.deleted).toEqual(['d1', 'd2', 'd3']);
    expect(await relations()).toEqual(['alpha-fund>SUPPORTS>gamma-city']);
    expect((await db.rows<{ id: string }>('MATCH (e:Entity) RETURN e.id AS id ORDER BY id')).map((r) => r.id)).toEqual([
      'alpha-fund',
      'beta-lab',
      'delta-network',
      'gamma-city',
    ]);
    // With the corrections gone too, nothing supports them any more.
    await loadExtraction(db, nothing, { ...options, curation: applyCorrections(nothing, NO_CORRECTIONS).curation });
    expect(await db.rows('MATCH (e:Entity) RETURN e')).toEqual([]);
    fs.rmSync(folder, { recursive: true, force: true });
  });
});
