import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentDetailSchema, DocumentListSchema } from '../../../src/model/index.js';
import { startApiServer, type ApiServer } from '../../support/apiServer.js';
import { seedGraphFixture } from '../../support/graphFixture.js';
import { fails, ok } from './http.js';

let api: ApiServer;
beforeAll(async () => {
  api = await startApiServer({ uiDir: null });
  await seedGraphFixture(api.db);
});
afterAll(async () => api?.close());

describe('GET /api/documents', () => {
  it('lists the documents by title with their mention counts, a page at a time', async () => {
    const list = await ok(api, DocumentListSchema, 'GET', '/api/documents');
    expect(list.total).toBe(3);
    expect(list.documents.map((d) => d.title)).toEqual(['HerSpace i Østfold', 'Mötesplats i Malmö', 'Partnerskab for social innovation']);
    expect(list.documents[2]).toMatchObject({ id: 'fixture-da', language: 'da', mentionCount: 6 });
    const page = await ok(api, DocumentListSchema, 'GET', '/api/documents?limit=1&offset=1');
    expect(page.documents.map((d) => d.id)).toEqual(['fixture-sv']);
  });
});

describe('GET /api/documents/:id', () => {
  it('returns the text with each mention located exactly, in reading order', async () => {
    const doc = await ok(api, DocumentDetailSchema, 'GET', '/api/documents/fixture-da');
    expect(doc.mentions.map((m) => m.name)).toEqual(['Ashoka', 'Røde Kors', 'Accenture', 'Røde Kors', 'Accenture', 'Ashoka']);
    for (const m of doc.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.name);
    expect(doc.mentions[1]).toMatchObject({ entityId: 'rode-kors', type: 'Organisation' });
  });

  it('answers 404 for an unknown document', async () => {
    expect(await fails(api, 'GET', '/api/documents/nope')).toMatchObject({ status: 404, message: 'no document with id "nope"' });
  });
});
