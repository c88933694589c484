import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/config.js';
import type { Database } from '../../../src/db/database.js';
import { dumpGraph } from '../../../src/db/queries/dump.js';
import { importCorpus } from '../../../importer/importCorpus.js';
import { openTestDatabase, wipe } from '../../support/testDatabase.js';

const SAMPLE = path.join(PROJECT_ROOT, 'graph-data', 'documents');
const DANISH = '001_3d649bfd29b71292';
const NORWEGIAN = '004_67533d0bd9775037';

describe('importing the sample corpus', () => {
  let db: Database;
  let copy: string;
  beforeAll(async () => {
    db = await openTestDatabase();
    await wipe(db);
    copy = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-corpus-'));
    fs.cpSync(SAMPLE, copy, { recursive: true });
  });
  afterAll(async () => {
    await db.close();
    fs.rmSync(copy, { recursive: true, force: true });
  });

  /** Id of the entity with this name or alias (case-insensitive), or undefined. */
  const find = async (...names: string[]) =>
    (
      await db.rows<{ id: string }>(
        'MATCH (e:Entity) WHERE toLower(e.name) IN $names OR any(a IN e.aliases WHERE toLower(a) IN $names) RETURN e.id AS id ORDER BY e.documentCount DESC LIMIT 1',
        { names: names.map((n) => n.toLowerCase()) },
      )
    )[0]?.id;
  const linked = async (a: string | undefined, b: string | undefined, type?: string) =>
    (
      await db.rows<{ n: number }>(
        "MATCH (x:Entity {id: $a})-[r]-(y:Entity {id: $b}) WHERE type(r) <> 'CO_MENTIONED' AND ($type IS NULL OR type(r) = $type) RETURN count(r) AS n",
        { a: a ?? '', b: b ?? '', type: type ?? null },
      )
    )[0]!.n > 0;
  const mentionedBy = async (doc: string) =>
    new Set((await db.rows<{ id: string }>('MATCH (:Document {id: $doc})-[:MENTIONS]->(e) RETURN e.id AS id', { doc })).map((r) => r.id));

  it('imports the three documents, and a second import changes nothing at all', async () => {
    const first = await importCorpus(db, { reset: true });
    expect(first.documents).toMatchObject({ new: 3, failed: 0 });
    expect(first.entities.added.length).toBeGreaterThan(10);
    const dump = await dumpGraph(db, { includeImportedAt: true });
    const second = await importCorpus(db);
    expect(second.documents).toMatchObject({ new: 0, changed: 0, refreshed: 0, unchanged: 3 });
    expect(second.entities).toEqual({ added: [], removed: [] });
    expect(await dumpGraph(db, { includeImportedAt: true })).toBe(dump);
  });

  it("holds the user's examples: Ashoka, Red Cross and Accenture pairwise partners; MSI linked to SIX and SOCAP", async () => {
    await importCorpus(db);
    const [ashoka, redCross, accenture] = [await find('Ashoka'), await find('Røde Kors', 'Red Cross'), await find('Accenture')];
    expect(await linked(ashoka, redCross, 'PARTNERS_WITH')).toBe(true);
    expect(await linked(ashoka, accenture, 'PARTNERS_WITH')).toBe(true);
    expect(await linked(redCross, accenture, 'PARTNERS_WITH')).toBe(true);
    const msi = await find('MSI', 'Mötesplats Social Innovation');
    expect(await linked(msi, await find('SIX', 'Social Innovation Exchange'))).toBe(true);
    expect(await linked(msi, await find('SOCAP', 'Social Capital Markets'))).toBe(true);
  });

  it('an edited document changes only its own facts', async () => {
    await importCorpus(db, { reset: true, paths: [copy] });
    const before = await dumpGraph(db);
    const touchedBefore = await mentionedBy(DANISH);
    fs.appendFileSync(path.join(copy, `${DANISH}.txt`), '\nProgrammet blev også omtalt i en lokal avis.\n');
    const result = await importCorpus(db, { paths: [copy] });
    expect(result.documents).toMatchObject({ changed: 1, unchanged: 2 });
    const touched = new Set([...touchedBefore, ...(await mentionedBy(DANISH))]);
    const changed = (await dumpGraph(db)).split('\n').filter((l) => !before.includes(l));
    expect(changed.length).toBeGreaterThan(0);
    for (const line of changed) {
      const [kind, labels, props] = JSON.parse(line) as [string, unknown, Record<string, unknown>];
      const entityId = kind === 'node' && (labels as string[]).includes('Entity') ? (props.id as string) : undefined;
      expect(entityId ? touched.has(entityId) : line.includes(DANISH)).toBe(true);
    }
  });

  it("a deleted document takes its sole-supported facts with it and leaves the others'", async () => {
    await importCorpus(db, { reset: true, paths: [copy] });
    const only = await db.rows<{ id: string }>(
      'MATCH (:Document {id: $doc})-[:MENTIONS]->(e:Entity) WHERE COUNT { (:Document)-[:MENTIONS]->(e) } = 1 AND NOT e.curated RETURN e.id AS id',
      { doc: NORWEGIAN },
    );
    const otherRelations = await db.rows<{ id: string }>('MATCH ()-[r]->() WHERE r.documentIds IS NOT NULL AND any(d IN r.documentIds WHERE d <> $doc) RETURN r.id AS id', { doc: NORWEGIAN });
    for (const f of fs.readdirSync(copy).filter((f) => f.startsWith(NORWEGIAN))) fs.rmSync(path.join(copy, f));
    const result = await importCorpus(db, { paths: [copy] });
    expect(result.documents).toMatchObject({ deleted: 1, unchanged: 2 });
    expect(await db.rows('MATCH ()-[r]->() WHERE $doc IN r.documentIds RETURN r', { doc: NORWEGIAN })).toEqual([]);
    expect(await db.rows('MATCH (e:Entity) WHERE e.id IN $ids RETURN e', { ids: only.map((r) => r.id) })).toEqual([]);
    const still = await db.rows<{ id: string }>('MATCH ()-[r]->() WHERE r.id IN $ids RETURN r.id AS id', { ids: otherRelations.map((r) => r.id) });
    expect(still.length).toBe(otherRelations.length);
  });

  it('a rejected relation stays marked rejected across imports, and --no-curated takes the mark off', async () => {
    fs.cpSync(SAMPLE, copy, { recursive: true });
    await importCorpus(db, { reset: true, paths: [copy] });
    const [victim] = await db.rows<{ s: string; t: string; type: string }>(
      "MATCH (a)-[r]->(b) WHERE type(r) <> 'CO_MENTIONED' AND type(r) <> 'MENTIONS' RETURN a.id AS s, b.id AS t, type(r) AS type ORDER BY r.id LIMIT 1",
    );
    const correctionsFile = path.join(copy, '..', `${path.basename(copy)}-corrections.yaml`);
    fs.writeFileSync(correctionsFile, `reject:\n  - {source: "${victim!.s}", type: ${victim!.type}, target: "${victim!.t}"}\n`);
    const states = async () =>
      (await db.rows<{ state: string | null }>('MATCH (:Entity {id: $s})-[r]->(:Entity {id: $t}) WHERE type(r) = $type RETURN r.reviewState AS state', victim)).map((r) => r.state);
    try {
      await importCorpus(db, { paths: [copy], correctionsFile });
      expect(await states()).toEqual(['rejected']);
      await importCorpus(db, { paths: [copy], correctionsFile, reset: true });
      expect(await states()).toEqual(['rejected']);
      await importCorpus(db, { paths: [copy], correctionsFile, curated: false });
      expect(await states()).toEqual([null]);
    } finally {
      fs.rmSync(correctionsFile, { force: true });
    }
  });
});
