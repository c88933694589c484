import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/db/database.js';
import { parseEvidence } from '../../../src/db/queries/graphFields.js';
import { createDocuments, createEntities, createMentions, createRelations } from '../../../src/db/queries/loadGraph.js';
import type { StoredEntity, StoredRelation } from '../../../src/db/queries/graphRows.js';
import type { Evidence } from '../../../src/model/index.js';
import { openTestDatabase, wipe } from '../../support/testDatabase.js';

const entity = (id: string, name: string, aliases: string[] = []): StoredEntity => ({
  id,
  name,
  type: 'Organisation',
  aliases,
  aliasText: aliases.join(' | '),
  nameFolded: name.toLowerCase(),
  curated: false,
  curation: null,
  degree: 1,
  documentCount: 1,
});

describe('graph round trip through src/db', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
    await wipe(db);
  });
  afterAll(async () => db.close());

  it('writes entities and a relation with evidence and reads them back equal', async () => {
    const evidence: Evidence = { documentId: 'doc-1', sentence: 'Nordlys Lab samarbeider med Fjordhuset.', start: 10, end: 49, language: 'nb', trigger: 'samarbeider med' };
    const entities = [entity('fjordhuset', 'Fjordhuset'), entity('nordlys-lab', 'Nordlys Lab', ['NL', 'Nordlys Laboratorium'])];
    const relation: StoredRelation = {
      type: 'PARTNERS_WITH',
      source: 'fjordhuset',
      target: 'nordlys-lab',
      id: 'fjordhuset>PARTNERS_WITH>nordlys-lab',
      confidence: 0.85,
      documentIds: ['doc-1'],
      documentConfidences: [0.85],
      documentCount: 1,
      evidence: [JSON.stringify(evidence)],
      evidenceCount: 1,
      curated: false,
      note: null,
    };
    await db.write(async (tx) => {
      await createDocuments(tx, [{ id: 'doc-1', title: 'Nyhet', language: 'nb', source: null, date: null, path: null, contentHash: 'h', factsHash: 'f', importedAt: '2026-01-01T00:00:00Z', text: 'x'.repeat(60) }]);
      await createEntities(tx, 'Organisation', entities);
      await createMentions(tx, [{ documentId: 'doc-1', entityId: 'nordlys-lab', count: 1, offsets: [10, 21], name: 'Nordlys Lab', type: 'Organisation', aliases: [] }]);
      await createRelations(tx, 'PARTNERS_WITH', [relation]);
    });

    const nodes = await db.rows<{ p: StoredEntity; labels: string[] }>('MATCH (e:Entity) RETURN properties(e) AS p, labels(e) AS labels ORDER BY e.id');
    expect(nodes.map((n) => n.labels.sort())).toEqual([['Entity', 'Organisation'], ['Entity', 'Organisation']]);
    // Neo4j drops null properties: `curation: null` comes back absent; so do empty aliases, which the loader stores as none.
    expect(nodes.map((n) => n.p)).toEqual(entities.map(({ curation: _dropped, aliases, ...rest }) => (aliases.length > 0 ? { ...rest, aliases } : rest)));
    const [rel] = await db.rows<{ type: string; s: string; t: string; p: Record<string, unknown> }>(
      'MATCH (a)-[r:PARTNERS_WITH]->(b) RETURN type(r) AS type, a.id AS s, b.id AS t, properties(r) AS p',
    );
    const { type, source, target, ...props } = relation;
    expect({ type: rel!.type, source: rel!.s, target: rel!.t, ...rel!.p, note: null }).toEqual({ type, source, target, ...props });
    expect(parseEvidence(rel!.p.evidence)).toEqual([evidence]);
    const [mention] = await db.rows<{ count: number; offsets: number[] }>('MATCH (:Document)-[m:MENTIONS]->() RETURN m.count AS count, m.offsets AS offsets');
    expect(mention).toEqual({ count: 1, offsets: [10, 21] });
    // Counts are stored as integers, not floats.
    const [kinds] = await db.rows<{ k: string[] }>("MATCH (e:Entity {id: 'fjordhuset'}) RETURN [valueType(e.degree), valueType(e.documentCount)] AS k");
    expect(kinds!.k).toEqual(['INTEGER NOT NULL', 'INTEGER NOT NULL']);
  });
});
