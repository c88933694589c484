import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/db/database.js';
import { dumpGraph } from '../../../src/db/queries/dump.js';
import { readDocumentStates } from '../../../src/db/queries/importedGraph.js';
import { importCorpus } from '../../../importer/importCorpus.js';
import { SyntheticCorpus } from '../../bench/corpusDocuments.js';
import { openTestDatabase, wipe } from '../../support/testDatabase.js';

const DOCUMENTS = 80;
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'incremental-after-bulk-'));
const corpus = new SyntheticCorpus({ documents: DOCUMENTS, seed: 11 });

describe('an incremental import after a bulk first load', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
    await wipe(db);
    for (let i = 0; i < DOCUMENTS; i++) SyntheticCorpus.write(folder, corpus.document(i));
  });
  afterAll(async () => {
    await db.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('writes only the changed and the new documents, one transaction each, and ends in the graph a fresh load builds', async () => {
    const first = await importCorpus(db, { paths: [folder], curated: false, workers: 2 });
    expect(first.mode).toBe('bulk');
    expect(first.documents.new).toBe(DOCUMENTS);
    const before = new Map((await readDocumentStates(db)).map((d) => [d.id, d.importedAt]));

    const changed = [5, 17, 42].map((i) => corpus.document(i, 1));
    const added = [0, 1].map((k) => corpus.document(DOCUMENTS + k));
    for (const doc of [...changed, ...added]) SyntheticCorpus.write(folder, doc);
    const again = await importCorpus(db, { paths: [folder], curated: false, workers: 2 });

    expect(again.mode).toBe('incremental');
    expect(again.documents).toMatchObject({ new: 2, changed: 3, refreshed: 0, unchanged: DOCUMENTS - 3, deleted: 0, failed: 0 });
    // What Neo4j holds says the same: only those documents got this import's timestamp.
    const written = (await readDocumentStates(db)).filter((d) => d.importedAt !== before.get(d.id)).map((d) => d.id).sort();
    expect(written).toEqual([...changed, ...added].map((d) => d.name).sort());

    const incremental = await dumpGraph(db);
    await wipe(db);
    expect((await importCorpus(db, { paths: [folder], curated: false, workers: 1 })).mode).toBe('bulk');
    expect(await dumpGraph(db)).toBe(incremental);
  }, 240_000);
});
