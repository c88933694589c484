import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sliceProperties } from '../../../src/db/queries/sliceProperties.js';
import { GraphSliceSchema } from '../../../src/model/index.js';
import { startApiServer, type ApiServer } from '../../support/apiServer.js';
import { seedGraphFixture } from '../../support/graphFixture.js';
import { wipe } from '../../support/testDatabase.js';
import { fails, ok } from './http.js';

let api: ApiServer;
beforeAll(async () => {
  api = await startApiServer({ uiDir: null });
  await seedGraphFixture(api.db);
});
afterAll(async () => api?.close());

const spec = { ids: ['ashoka'], depth: 2 };

async function download(format: string, body: unknown = spec): Promise<{ res: Response; bytes: Uint8Array }> {
  const res = await fetch(`${api.url}/api/export?format=${format}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
}

describe('POST /api/subgraph', () => {
  it('returns the given entities and the relations among them, skipping unknown ids', async () => {
    const slice = await ok(api, GraphSliceSchema, 'POST', '/api/subgraph', { ids: ['ashoka', 'rode-kors', 'accenture', 'ghost'] });
    expect(slice.nodes.map((n) => n.id).sort()).toEqual(['accenture', 'ashoka', 'rode-kors']);
    expect(slice.edges).toHaveLength(3);
  });

  it('expands to a depth with filters, like the neighbourhood route', async () => {
    const slice = await ok(api, GraphSliceSchema, 'POST', '/api/subgraph', {
      ids: ['motesplats-social-innovation'],
      depth: 1,
      filter: { types: ['Place', 'Network'], minConfidence: 0.5 },
    });
    expect(slice.nodes.map((n) => n.id).sort()).toEqual(['malmo', 'motesplats-social-innovation', 'six']);
  });

  it('rejects an empty id list and a filter of the wrong shape', async () => {
    expect((await fails(api, 'POST', '/api/subgraph', { ids: [] })).message).toMatch(/^body\.ids: Too small/);
    expect((await fails(api, 'POST', '/api/subgraph', { ids: ['ashoka'], filter: { minConfidence: 2 } })).message).toMatch(
      /^body\.filter\.minConfidence: Too big/,
    );
  });
});

describe('POST /api/export', () => {
  let slice: Awaited<ReturnType<typeof ok<typeof GraphSliceSchema>>>;
  beforeAll(async () => {
    slice = await ok(api, GraphSliceSchema, 'POST', '/api/subgraph', spec);
  });

  it('writes GEXF that graphology-gexf reads back with types, confidence and evidence counts', async () => {
    const { res, bytes } = await download('gexf');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="impact-atlas-subgraph.gexf"');
    const graph = parseGexf(Graph, strFromU8(bytes));
    expect(graph.order).toBe(slice.nodes.length);
    expect(graph.size).toBe(slice.edges.length);
    expect(graph.getNodeAttributes('rode-kors')).toMatchObject({ label: 'Røde Kors', entityType: 'Organisation', aliases: 'Red Cross; Danish Red Cross' });
    expect(graph.getEdgeAttributes('ashoka>PARTNERS_WITH>rode-kors')).toMatchObject({ relationType: 'PARTNERS_WITH', confidence: 0.9, evidenceCount: 1 });
    expect(graph.isUndirected('ashoka>PARTNERS_WITH>rode-kors')).toBe(true);
    expect(graph.isDirected('ashoka>SUPPORTS>motesplats-social-innovation')).toBe(true);
  });

  it('writes GraphML that graphology-graphml reads back with the same attributes', async () => {
    const { res, bytes } = await download('graphml');
    expect(res.headers.get('content-disposition')).toContain('.graphml"');
    const graph = parseGraphml(Graph, strFromU8(bytes));
    expect(graph.order).toBe(slice.nodes.length);
    expect(graph.size).toBe(slice.edges.length);
    expect(graph.getNodeAttributes('malmo')).toMatchObject({ label: 'Malmö', entityType: 'Place', degree: 1 });
    expect(graph.getEdgeAttributes('motesplats-social-innovation>LOCATED_IN>malmo')).toMatchObject({ confidence: 0.95, evidenceCount: 1 });
  });

  it('writes graphology JSON that imports into an equal graph', async () => {
    const { res, bytes } = await download('json');
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const graph = Graph.from(JSON.parse(strFromU8(bytes)));
    expect(graph.nodes().sort()).toEqual(slice.nodes.map((n) => n.id).sort());
    expect(graph.edges().sort()).toEqual(slice.edges.map((e) => e.id).sort());
  });

  it('writes a zip holding nodes.csv and edges.csv with a row per node and edge', async () => {
    const { res, bytes } = await download('csv');
    expect(res.headers.get('content-type')).toBe('application/zip');
    const files = unzipSync(bytes);
    expect(Object.keys(files).sort()).toEqual(['edges.csv', 'nodes.csv']);
    const nodes = strFromU8(files['nodes.csv']!).trim().split('\r\n');
    const edges = strFromU8(files['edges.csv']!).trim().split('\r\n');
    expect(nodes[0]).toBe('id,name,type,aliases,degree,documentCount,latitude,longitude,locatedAt,from,to,at,precision');
    expect(nodes).toHaveLength(slice.nodes.length + 1);
    expect(nodes).toContain('rode-kors,Røde Kors,Organisation,Red Cross; Danish Red Cross,2,2,,,,,,,');
    expect(edges[0]).toBe('id,source,target,type,confidence,documentCount,evidenceCount,from,to,at,precision');
    expect(edges).toHaveLength(slice.edges.length + 1);
  });

  it('rejects an unknown format', async () => {
    const answer = await fails(api, 'POST', '/api/export?format=pdf', spec);
    expect(answer.status).toBe(400);
    expect(answer.message).toMatch(/^query\.format: Invalid option/);
  });

  it('writes Cypher that recreates the same subgraph, every property included, in an emptied database', async () => {
    const { res, bytes } = await download('cypher');
    expect(res.headers.get('content-disposition')).toContain('.cypher"');
    const before = await sliceProperties(api.db, slice);
    await wipe(api.db);
    const statements = strFromU8(bytes).split(';\n').map((s) => s.replace(/^\/\/.*\n/, '').trim()).filter(Boolean);
    for (const statement of statements) await api.db.autoCommit(statement);
    const after = await ok(api, GraphSliceSchema, 'POST', '/api/subgraph', spec);
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect({ ...after, nodes: [...after.nodes].sort(byId) }).toEqual({ ...slice, nodes: [...slice.nodes].sort(byId) });
    expect(await sliceProperties(api.db, after)).toEqual(before);
    // Running the script again changes nothing: it merges.
    for (const statement of statements) await api.db.autoCommit(statement);
    expect(await api.db.rows('MATCH (n) RETURN count(n) AS n')).toEqual([{ n: slice.nodes.length }]);
    await seedGraphFixture(api.db);
  });
});
