/** The API over a graph written by the importer's own load stage (not the hand-written fixture): the two agree. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyCuration } from '../../../importer/curate/curation.js';
import { loadExtraction } from '../../../importer/load/loadExtraction.js';
import {
  DocumentDetailSchema,
  EntityDetailSchema,
  GraphSliceSchema,
  HealthSchema,
  PathsResultSchema,
  SearchResultSchema,
  type Extraction,
} from '../../../src/model/index.js';
import { startApiServer, type ApiServer } from '../../support/apiServer.js';
import { wipe } from '../../support/testDatabase.js';
import { generateSyntheticExtraction } from '../../bench/synthetic.js';
import { ok } from './http.js';

let api: ApiServer;
let extraction: Extraction;

beforeAll(async () => {
  api = await startApiServer({ uiDir: null });
  await wipe(api.db);
  extraction = generateSyntheticExtraction({ entities: 300, relations: 900, seed: 3 });
  await loadExtraction(api.db, extraction, { curation: emptyCuration(), folders: [], batchSize: 500 });
});
afterAll(async () => api?.close());

describe('API over an imported graph', () => {
  it('counts what was imported', async () => {
    const health = await ok(api, HealthSchema, 'GET', '/api/health');
    expect(health.counts).toEqual({ entities: 300, relations: extraction.relations.length, documents: extraction.documents.length });
  });

  it('finds entities by name and by alias', async () => {
    const named = extraction.entities[42]!;
    const byName = await ok(api, SearchResultSchema, 'GET', `/api/search?q=${encodeURIComponent(named.name)}`);
    expect(byName.hits[0]!.id).toBe(named.id);
    const aliased = extraction.entities.find((e) => e.aliases.length > 0)!;
    const byAlias = await ok(api, SearchResultSchema, 'GET', `/api/search?q=${encodeURIComponent(aliased.aliases[0]!)}`);
    expect(byAlias.hits.map((h) => h.id)).toContain(aliased.id);
  });

  it('returns each relation of an entity with the evidence the importer stored', async () => {
    const relation = extraction.relations[0]!;
    const detail = await ok(api, EntityDetailSchema, 'GET', `/api/entities/${relation.source}`);
    const found = detail.relations.find((r) => r.other.id === relation.target && r.type === relation.type)!;
    expect(found.evidenceByDocument.flatMap((g) => g.evidence.map((e) => e.sentence))).toEqual(relation.evidence.map((e) => e.sentence));
    expect(found.confidence).toBe(relation.confidence);
  });

  it('locates every mention of a document in its text', async () => {
    const source = extraction.documents[0]!;
    const doc = await ok(api, DocumentDetailSchema, 'GET', `/api/documents/${source.id}`);
    expect(doc.mentions).toHaveLength(source.mentions.length);
    for (const m of doc.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.name);
  });

  it('slices and connects over the imported relations', async () => {
    const relation = extraction.relations[1]!;
    const slice = await ok(api, GraphSliceSchema, 'GET', `/api/entities/${relation.source}/neighbours`);
    expect(slice.nodes.map((n) => n.id)).toContain(relation.target);
    const { paths } = await ok(api, PathsResultSchema, 'GET', `/api/paths?from=${relation.source}&to=${relation.target}`);
    expect(paths[0]!.hops).toHaveLength(1);
  });
});
