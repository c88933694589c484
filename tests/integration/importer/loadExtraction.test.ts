import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/db/database.js';
import { dumpGraph } from '../../../src/db/queries/dump.js';
import { emptyCuration } from '../../../importer/curate/curation.js';
import { loadExtraction, type LoadOptions } from '../../../importer/load/loadExtraction.js';
import type { Extraction } from '../../../src/model/index.js';
import { generateSyntheticExtraction } from '../../bench/synthetic.js';
import { openTestDatabase, wipe } from '../../support/testDatabase.js';
import { handExtraction, TEXTS } from './handExtraction.js';

const options: LoadOptions = { curation: emptyCuration(), folders: [], batchSize: 3, now: '2026-01-01T00:00:00.000Z' };
const subset = (x: Extraction, ids: string[]): Extraction => ({ ...x, documents: x.documents.filter((d) => ids.includes(d.id)) });

describe('loading an extraction into Neo4j', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  beforeEach(async () => wipe(db));
  afterAll(async () => db.close());

  const relationLines = (dump: string) => dump.split('\n').filter((l) => l.startsWith('["rel"') && !l.includes('"MENTIONS"'));

  it('stores entities, typed relations with evidence per document, mentions and co-mentions as the README describes', async () => {
    const result = await loadExtraction(db, handExtraction(), options);
    expect(result.mode).toBe('bulk');
    const [funded] = await db.rows<{ props: Record<string, unknown> }>(
      "MATCH (:Entity {id: 'beta-lab'})-[r:FUNDED_BY]->(:Entity {id: 'alpha-fund'}) RETURN properties(r) AS props",
    );
    expect(funded!.props).toMatchObject({ id: 'beta-lab>FUNDED_BY>alpha-fund', documentIds: ['d1', 'd2'], documentCount: 2, confidence: 0.8, curated: false });
    expect((funded!.props.evidence as string[]).map((e) => JSON.parse(e).sentence)).toEqual(['Beta Lab is funded by Alpha Fund.', 'Alpha Fund also funds Beta Lab.']);
    // Symmetric relations are stored once, from the smaller id to the larger.
    const partners = await db.rows<{ s: string; t: string }>('MATCH (a)-[:PARTNERS_WITH]->(b) RETURN a.id AS s, b.id AS t');
    expect(partners).toEqual([{ s: 'beta-lab', t: 'epsilon' }]);
    const [beta] = await db.rows<Record<string, unknown>>("MATCH (e:Entity:Organisation {id: 'beta-lab'}) RETURN e.degree AS degree, e.documentCount AS documentCount");
    expect(beta).toEqual({ degree: 3, documentCount: 2 });
    const [mention] = await db.rows<{ count: number; offsets: number[] }>("MATCH (:Document {id: 'd1'})-[m:MENTIONS]->(:Entity {id: 'beta-lab'}) RETURN m.count AS count, m.offsets AS offsets");
    expect(mention).toEqual({ count: 2, offsets: [0, 8, 34, 42] });
    const [weak] = await db.rows<{ weight: number }>('MATCH (:Entity {id: "delta-network"})-[r:CO_MENTIONED]->(:Entity {id: "epsilon"}) RETURN r.weight AS weight');
    expect(weak!.weight).toBe(1);
  });

  it('loading the same extraction twice leaves a byte-for-byte equal graph, importedAt included', async () => {
    await loadExtraction(db, handExtraction(), options);
    const first = await dumpGraph(db, { includeImportedAt: true });
    const again = await loadExtraction(db, handExtraction(), { ...options, now: '2030-01-01T00:00:00.000Z' });
    expect(again.documents.unchanged).toEqual(['d1', 'd2', 'd3']);
    expect(await dumpGraph(db, { includeImportedAt: true })).toBe(first);
  });

  it('document by document gives the same graph as one bulk load, whatever the order', async () => {
    const x = generateSyntheticExtraction({ entities: 120, relations: 300, documents: 6, seed: 3 });
    await loadExtraction(db, x, options);
    const bulk = await dumpGraph(db);
    const ids = x.documents.map((d) => d.id);
    for (const order of [ids, [...ids].reverse()]) {
      await wipe(db);
      // The first document goes in as a bulk load; every later one through its own transaction.
      for (let i = 1; i <= order.length; i++) await loadExtraction(db, subset(x, order.slice(0, i)), options);
      expect(await dumpGraph(db)).toBe(bulk);
    }
  });

  it('a changed document changes only its own facts', async () => {
    await loadExtraction(db, handExtraction(), options);
    const before = await dumpGraph(db);
    const edited = handExtraction();
    // d2 no longer says that Alpha Fund funds Beta Lab.
    edited.relations = edited.relations.map((r) => (r.type === 'FUNDED_BY' ? { ...r, evidence: r.evidence.filter((e) => e.documentId === 'd1') } : r));
    edited.documents = edited.documents.map((d) => (d.id === 'd2' ? { ...d, contentHash: 'edited' } : d));
    const result = await loadExtraction(db, edited, options);
    expect(result.documents).toMatchObject({ changed: ['d2'], unchanged: ['d1', 'd3'] });
    const after = await dumpGraph(db);
    const changed = after.split('\n').filter((l) => !before.includes(l));
    expect(changed.length).toBeGreaterThan(0);
    for (const line of changed) expect(line).toMatch(/"d2"|"id":"d2"|FUNDED_BY/);
    const [funded] = await db.rows<{ ids: string[] }>('MATCH ()-[r:FUNDED_BY]->() RETURN r.documentIds AS ids');
    expect(funded!.ids).toEqual(['d1']);
    // The stored evidence count follows the evidence through the bulk load and the per-document rewrite alike.
    const counts = await db.rows<{ stored: number; actual: number }>(
      "MATCH ()-[r]->() WHERE NOT type(r) IN ['MENTIONS', 'CO_MENTIONED'] RETURN r.evidenceCount AS stored, size(r.evidence) AS actual",
    );
    expect(counts.length).toBeGreaterThan(1);
    for (const c of counts) expect(c.stored).toBe(c.actual);
  });

  it('a mention stored without a name or type (a hand-written or older graph) is no claim: the next import refreshes the entity', async () => {
    await loadExtraction(db, handExtraction(), options);
    const [entity] = await db.rows<{ id: string; name: string }>(
      "MATCH (:Document {id: 'd1'})-[m:MENTIONS]->(e:Entity) WITH e ORDER BY e.id LIMIT 1 RETURN e.id AS id, e.name AS name",
    );
    await db.autoCommit("MATCH (:Document {id: 'd1'})-[m:MENTIONS]->(:Entity {id: $id}) REMOVE m.name, m.type", { id: entity!.id });
    const edited = handExtraction();
    edited.documents = edited.documents.map((d) => (d.id === 'd2' ? { ...d, contentHash: 'edited' } : d));
    const result = await loadExtraction(db, edited, options);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const [after] = await db.rows<{ name: string; aliases: string[] }>('MATCH (e:Entity {id: $id}) RETURN e.name AS name, coalesce(e.aliases, []) AS aliases', { id: entity!.id });
    expect(after!.name).toBe(entity!.name);
    expect(after!.aliases).not.toContain(null);
  });

  it('a document deleted from an imported folder takes its sole-supported facts with it', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-load-'));
    const paths = Object.fromEntries(Object.keys(TEXTS).map((id) => [id, path.join(folder, `${id}.txt`)]));
    for (const [id, file] of Object.entries(paths)) fs.writeFileSync(file, TEXTS[id]!);
    await loadExtraction(db, handExtraction(undefined, paths), { ...options, folders: [folder] });
    fs.rmSync(paths.d3!);
    const result = await loadExtraction(db, handExtraction(['d1', 'd2'], paths), { ...options, folders: [folder] });
    expect(result.documents.deleted).toEqual(['d3']);
    const rels = relationLines(await dumpGraph(db));
    expect(rels.some((l) => l.includes('MEMBER_OF') || l.includes('CO_MENTIONED'))).toBe(false);
    const ids = (await db.rows<{ id: string }>('MATCH (e:Entity) RETURN e.id AS id ORDER BY id')).map((r) => r.id);
    // Delta Network was named only by d3; Epsilon and Gamma City are still named by d2 and d1.
    expect(ids).toEqual(['alpha-fund', 'beta-lab', 'epsilon', 'gamma-city']);
    // The same load without the folder in scope deletes nothing.
    fs.rmSync(paths.d2!);
    const outside = await loadExtraction(db, handExtraction(['d1'], paths), options);
    expect(outside.documents.deleted).toEqual([]);
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('a document whose write fails is left exactly as it was', async () => {
    await loadExtraction(db, handExtraction(['d1', 'd2']), options);
    const before = await dumpGraph(db, { includeImportedAt: true });
    // A constraint the database enforces makes d2's transaction fail after its document node was already written:
    // d2 now names a new entity whose name another entity has.
    await db.autoCommit('CREATE CONSTRAINT test_unique_entity_name IF NOT EXISTS FOR (e:Entity) REQUIRE e.name IS UNIQUE');
    try {
      const bad = handExtraction(['d1', 'd2']);
      bad.entities.push({ id: 'alpha-fund-copy', name: 'Alpha Fund', type: 'Funding', aliases: [] });
      bad.documents = bad.documents.map((d) =>
        d.id === 'd2' ? { ...d, contentHash: 'edited', mentions: [...d.mentions, { entityId: 'alpha-fund-copy', start: 0, end: 4 }] } : d,
      );
      await expect(loadExtraction(db, bad, options)).rejects.toThrow(/already exists/);
      expect(await dumpGraph(db, { includeImportedAt: true })).toBe(before);
    } finally {
      await db.autoCommit('DROP CONSTRAINT test_unique_entity_name IF EXISTS');
    }
  });

  it('entities and relations that break the model are reported, not written', async () => {
    const bad = handExtraction();
    bad.entities = bad.entities.map((e) => (e.id === 'delta-network' ? { ...e, type: 'Bogus' as 'Network' } : e));
    bad.relations.push({ source: 'beta-lab', target: 'gamma-city', type: 'OWNS' as 'RUNS', confidence: 1, evidence: bad.relations[0]!.evidence });
    const result = await loadExtraction(db, bad, options);
    expect(result.diagnostics.map((d) => d.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/entity "delta-network": type/), expect.stringMatching(/unknown type "OWNS"/)]),
    );
    const ids = (await db.rows<{ id: string }>('MATCH (e:Entity) RETURN e.id AS id')).map((r) => r.id);
    expect(ids).not.toContain('delta-network');
    expect(await db.rows('MATCH ()-[r:MEMBER_OF|OWNS]->() RETURN r')).toEqual([]);
  });
});
