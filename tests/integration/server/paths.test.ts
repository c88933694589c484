import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectResultSchema, PathsResultSchema } from '../../../src/model/index.js';
import { startApiServer, type ApiServer } from '../../support/apiServer.js';
import { seedGraphFixture } from '../../support/graphFixture.js';
import { fails, ok } from './http.js';

let api: ApiServer;
beforeAll(async () => {
  api = await startApiServer({ uiDir: null });
  await seedGraphFixture(api.db);
});
afterAll(async () => api?.close());

const paths = (query: string) => ok(api, PathsResultSchema, 'GET', `/api/paths?${query}`);
const connect = (body: unknown) => ok(api, ConnectResultSchema, 'POST', '/api/connect', body);

describe('GET /api/paths', () => {
  it('explains how two actors are linked, hop by hop with the sentence behind each hop', async () => {
    const { paths: found } = await paths('from=herspace&to=viken-fylkeskommune');
    expect(found).toHaveLength(1);
    expect(found[0]!.nodes.map((n) => n.id)).toEqual(['herspace', 'aof-ostfold', 'viken-fylkeskommune']);
    expect(found[0]!.hops.map((h) => h.type)).toEqual(['COLLABORATES_WITH', 'FUNDED_BY']);
    expect(found[0]!.hops[1]!.evidence[0]).toMatchObject({
      documentId: 'fixture-nb',
      sentence: 'AOF Østfold er finansiert av Viken fylkeskommune.',
      language: 'nb',
    });
  });

  it('traverses relations against their direction', async () => {
    // Accenture → Røde Kors ← Ashoka: SUPPORTS and PARTNERS_WITH, walked either way.
    const { paths: found } = await paths('from=rode-kors&to=motesplats-social-innovation');
    expect(found[0]!.nodes.map((n) => n.id)).toEqual(['rode-kors', 'ashoka', 'motesplats-social-innovation']);
  });

  it('answers 200 with no paths when the actors are not connected', async () => {
    expect(await paths('from=herspace&to=ashoka')).toEqual({ paths: [], truncated: false });
    expect((await paths('from=ensam-stiftelse&to=ashoka')).paths).toEqual([]);
  });

  it('respects maxHops and the relation filter', async () => {
    expect((await paths('from=herspace&to=viken-fylkeskommune&maxHops=1')).paths).toEqual([]);
    expect((await paths('from=rode-kors&to=motesplats-social-innovation&relations=PARTNERS_WITH,FUNDED_BY')).paths).toEqual([]);
  });

  it('returns all equally short paths, and the k shortest', async () => {
    // Røde Kors reaches Ashoka directly, and through Accenture in two hops.
    const all = await paths('from=rode-kors&to=ashoka&mode=all-shortest');
    expect(all.paths.map((p) => p.hops.length)).toEqual([1]);
    const k = await paths('from=rode-kors&to=ashoka&mode=k&k=2');
    expect(k.paths.map((p) => p.nodes.map((n) => n.id))).toEqual([
      ['rode-kors', 'ashoka'],
      ['rode-kors', 'accenture', 'ashoka'],
    ]);
  });

  it('links an actor to itself by the empty path', async () => {
    const { paths: found } = await paths('from=ashoka&to=ashoka');
    expect(found).toEqual([{ nodes: [expect.objectContaining({ id: 'ashoka' })], hops: [] }]);
  });

  it('answers 404 naming an unknown actor and 400 for bad parameters', async () => {
    expect(await fails(api, 'GET', '/api/paths?from=ashoka&to=ghost')).toMatchObject({ status: 404, message: 'no entity with id "ghost"' });
    const missing = await fails(api, 'GET', '/api/paths?from=ashoka');
    expect(missing.status).toBe(400);
    expect(missing.message).toMatch(/^query\.to: /);
    expect((await fails(api, 'GET', '/api/paths?from=a&to=b&mode=longest')).message).toMatch(/^query\.mode: Invalid option/);
    expect((await fails(api, 'GET', '/api/paths?from=a&to=b&maxHops=9')).message).toMatch(/^query\.maxHops: Too big/);
  });
});

describe('POST /api/connect', () => {
  it('returns a tree connecting the actors, each hop with evidence, and names its algorithm', async () => {
    const result = await connect({ ids: ['rode-kors', 'six', 'malmo'] });
    expect(result.algorithm).toMatch(/Kou–Markowsky–Berman/);
    expect(result.nodes.map((n) => n.id).sort()).toEqual(['ashoka', 'malmo', 'motesplats-social-innovation', 'rode-kors', 'six']);
    // A tree: one edge fewer than nodes, and every hop backed by a sentence.
    expect(result.edges).toHaveLength(4);
    expect(result.hops.every((h) => h.evidence.length > 0)).toBe(true);
    expect(result.unreachable).toEqual([]);
  });

  it('keeps actors that cannot be reached and lists them', async () => {
    const result = await connect({ ids: ['ashoka', 'accenture', 'ensam-stiftelse'] });
    expect(result.unreachable).toEqual(['ensam-stiftelse']);
    expect(result.nodes.map((n) => n.id).sort()).toEqual(['accenture', 'ashoka', 'ensam-stiftelse']);
    expect(result.edges).toHaveLength(1);
  });

  it('answers 404 for unknown ids and 400 for fewer than two or more than ten', async () => {
    expect(await fails(api, 'POST', '/api/connect', { ids: ['ashoka', 'ghost'] })).toMatchObject({ status: 404 });
    expect((await fails(api, 'POST', '/api/connect', { ids: ['ashoka'] })).message).toMatch(/^body\.ids: Too small/);
    const eleven = Array.from({ length: 11 }, (_, i) => `e${i}`);
    expect((await fails(api, 'POST', '/api/connect', { ids: eleven })).message).toMatch(/^body\.ids: Too big/);
  });
});
