import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EntityDetailSchema, GraphSliceSchema } from '../../../src/model/index.js';
import { startApiServer, type ApiServer } from '../../support/apiServer.js';
import { seedGraphFixture } from '../../support/graphFixture.js';
import { fails, ok } from './http.js';

let api: ApiServer;
beforeAll(async () => {
  api = await startApiServer({ uiDir: null });
  await seedGraphFixture(api.db);
});
afterAll(async () => api?.close());

const ids = (nodes: { id: string }[]) => nodes.map((n) => n.id).sort();

describe('GET /api/entities/:id', () => {
  it('returns the entity, its documents and each relation with its evidence grouped by document', async () => {
    const detail = await ok(api, EntityDetailSchema, 'GET', '/api/entities/rode-kors');
    expect(detail.entity).toMatchObject({ name: 'Røde Kors', type: 'Organisation', aliases: ['Red Cross', 'Danish Red Cross'], degree: 2 });
    expect(detail.documents.map((d) => d.id).sort()).toEqual(['fixture-da', 'fixture-sv']);
    const partnership = detail.relations.find((r) => r.type === 'PARTNERS_WITH')!;
    expect(partnership).toMatchObject({ direction: 'both', other: { id: 'ashoka' }, evidenceCount: 1 });
    expect(partnership.evidenceByDocument).toEqual([
      {
        documentId: 'fixture-da',
        title: 'Partnerskab for social innovation',
        evidence: [expect.objectContaining({ sentence: 'Ashoka indgår et partnerskab med Røde Kors om social innovation.', language: 'da' })],
      },
    ]);
    expect(detail.relations.find((r) => r.type === 'SUPPORTS')).toMatchObject({ direction: 'in', other: { id: 'accenture' } });
  });

  it('leaves weak co-mention links out of the relations', async () => {
    const detail = await ok(api, EntityDetailSchema, 'GET', '/api/entities/socap');
    expect(detail.relations.map((r) => r.type)).toEqual(['PARTICIPATES_IN']);
  });

  it('answers 404 for an unknown id and 400 for an id that is not a slug', async () => {
    expect(await fails(api, 'GET', '/api/entities/no-such-entity')).toEqual({
      status: 404,
      error: 'NotFound',
      message: 'no entity with id "no-such-entity"',
    });
    const bad = await fails(api, 'GET', '/api/entities/Not%20A%20Slug');
    expect(bad).toMatchObject({ status: 400, error: 'InvalidInput' });
    expect(bad.message).toMatch(/^params\.id: entity id must be a lowercase slug/);
  });
});

describe('GET /api/entities/:id/neighbours', () => {
  const neighbours = (query: string) => ok(api, GraphSliceSchema, 'GET', `/api/entities/ashoka/neighbours?${query}`);

  it('returns the direct neighbours and the relations among them', async () => {
    const slice = await neighbours('depth=1');
    expect(ids(slice.nodes)).toEqual(['accenture', 'ashoka', 'motesplats-social-innovation', 'rode-kors']);
    // Relations among the neighbours count too (Accenture supports Røde Kors).
    expect(slice.edges.map((e) => e.id).sort()).toEqual([
      'accenture>COLLABORATES_WITH>ashoka',
      'accenture>SUPPORTS>rode-kors',
      'ashoka>PARTNERS_WITH>rode-kors',
      'ashoka>SUPPORTS>motesplats-social-innovation',
    ]);
    expect(slice.truncated).toBe(false);
    expect(slice.edges.every((e) => e.evidence === undefined)).toBe(true);
  });

  it('reaches further with depth', async () => {
    const slice = await neighbours('depth=2');
    expect(ids(slice.nodes)).toEqual(['accenture', 'ashoka', 'malmo', 'motesplats-social-innovation', 'rode-kors', 'six', 'socap']);
  });

  it('filters by entity type, relation type and confidence', async () => {
    expect(ids((await neighbours('depth=2&types=Organisation,Network')).nodes)).not.toContain('malmo');
    expect(ids((await neighbours('depth=2&relations=PARTNERS_WITH')).nodes)).toEqual(['ashoka', 'rode-kors']);
    // The only way to MSI is a 0.4-confidence link.
    expect(ids((await neighbours('depth=3&minConfidence=0.5')).nodes)).toEqual(['accenture', 'ashoka', 'rode-kors']);
  });

  it('adds weak co-mention links only when asked', async () => {
    const strong = await neighbours('depth=2&relations=PARTNERS_WITH');
    const weak = await neighbours('depth=2&relations=PARTNERS_WITH&includeWeak=true');
    expect(strong.edges.some((e) => e.type === 'CO_MENTIONED')).toBe(false);
    expect(ids(weak.nodes)).toContain('socap');
    expect(weak.edges.find((e) => e.type === 'CO_MENTIONED')).toMatchObject({ source: 'rode-kors', target: 'socap', evidenceCount: 1 });
  });

  it('caps the slice and says so', async () => {
    const slice = await neighbours('depth=2&limit=3');
    expect(slice.nodes).toHaveLength(3);
    expect(slice).toMatchObject({ truncated: true, limit: 3 });
    expect(slice.nodes[0]!.id).toBe('ashoka');
  });

  it('answers 404 for an unknown entity and 400 for a depth out of range', async () => {
    expect((await fails(api, 'GET', '/api/entities/nobody/neighbours')).status).toBe(404);
    const bad = await fails(api, 'GET', '/api/entities/ashoka/neighbours?depth=4');
    expect(bad).toMatchObject({ status: 400 });
    expect(bad.message).toMatch(/^query\.depth: Too big/);
  });
});
