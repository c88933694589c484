import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SearchResultSchema } from '../../../src/model/index.js';
import { startApiServer, type ApiServer } from '../../support/apiServer.js';
import { seedGraphFixture } from '../../support/graphFixture.js';
import { fails, ok } from './http.js';

let api: ApiServer;
beforeAll(async () => {
  api = await startApiServer({ uiDir: null });
  await seedGraphFixture(api.db);
});
afterAll(async () => api?.close());

const search = async (query: string) => ok(api, SearchResultSchema, 'GET', `/api/search?${query}`);
const firstId = async (q: string) => (await search(`q=${encodeURIComponent(q)}`)).hits[0]?.id;

describe('GET /api/search', () => {
  it('finds an entity by an alias in another language and says which alias matched', async () => {
    const { hits } = await search('q=Red%20Cross');
    expect(hits[0]).toMatchObject({ id: 'rode-kors', name: 'Røde Kors', matched: 'Red Cross' });
  });

  it('finds an entity by its acronym alias', async () => {
    const { hits } = await search('q=msi');
    expect(hits[0]).toMatchObject({ id: 'motesplats-social-innovation', matched: 'MSI' });
  });

  it('ignores case and diacritics', async () => {
    expect(await firstId('RODE KORS')).toBe('rode-kors');
    expect(await firstId('motesplats')).toBe('motesplats-social-innovation');
    expect(await firstId('Malmo')).toBe('malmo');
    expect(await firstId('aof østfold')).toBe('aof-ostfold');
  });

  it('completes a word being typed', async () => {
    expect(await firstId('Accent')).toBe('accenture');
    expect(await firstId('mötesplats soc')).toBe('motesplats-social-innovation');
  });

  it('tolerates a small typo', async () => {
    expect(await firstId('Ashokka')).toBe('ashoka');
    expect(await firstId('Acenture')).toBe('accenture');
  });

  it('ranks an entity whose name starts with the text first', async () => {
    const { hits } = await search('q=social');
    expect(hits.map((h) => h.id)).toContain('six');
    expect(hits[0]!.id).toBe('motesplats-social-innovation');
  });

  it('filters by type and honours the limit', async () => {
    const { hits } = await search('q=social&types=Network');
    expect(hits.map((h) => h.id)).toEqual(['six']);
    expect((await search('q=a&limit=2')).hits.length).toBeLessThanOrEqual(2);
  });

  it('returns no hits for text with no word in it, and for an unknown name', async () => {
    expect((await search('q=%21%21%21')).hits).toEqual([]);
    expect((await search('q=zzyzx')).hits).toEqual([]);
  });

  it('treats Lucene syntax as plain words', async () => {
    const cases: [string, string | undefined][] = [
      ['Ashoka~', 'ashoka'],
      ['+Ashoka -Accenture', undefined], // both words are required: no entity has both
      ['Ash*', 'ashoka'],
      ['"Ashoka', 'ashoka'],
      ['Ashoka)^9 || /x/', undefined],
      ['name:Ashoka', undefined], // "name" is a word like any other, and no entity has it
      ['*', undefined],
      ['\\', undefined],
      ['AND (', undefined],
    ];
    for (const [q, first] of cases) {
      const { hits } = await search(`q=${encodeURIComponent(q)}`);
      expect(hits[0]?.id, q).toBe(first);
    }
  });

  it('rejects a missing query, an unknown type and a limit out of range with the zod message', async () => {
    expect(await fails(api, 'GET', '/api/search')).toMatchObject({ status: 400, error: 'InvalidInput' });
    const badType = await fails(api, 'GET', '/api/search?q=a&types=Planet');
    expect(badType.status).toBe(400);
    expect(badType.message).toMatch(/^query\.types\.0: Invalid option/);
    const badLimit = await fails(api, 'GET', '/api/search?q=a&limit=1000');
    expect(badLimit.message).toMatch(/^query\.limit: Too big/);
  });
});
