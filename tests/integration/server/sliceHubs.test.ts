/** Slices around hubs (entities with over a thousand relations), whose links are found without walking them all. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphSliceSchema } from '../../../src/model/index.js';
import { startApiServer, type ApiServer } from '../../support/apiServer.js';
import { wipe } from '../../support/testDatabase.js';
import { ok } from './http.js';

let api: ApiServer;
const LEAVES = 1200;

beforeAll(async () => {
  api = await startApiServer({ uiDir: null });
  await wipe(api.db);
  // Two hubs linked to each other, each with 1,200 leaves; leaf-0 and leaf-1 of hub-a partner each other too.
  await api.db.write(async (tx) => {
    await tx.run(
      `UNWIND ['hub-a', 'hub-b'] AS hub
       CREATE (h:Entity:Organisation {id: hub, name: hub, type: 'Organisation', aliases: [], degree: $leaves + 1, documentCount: 0})
       WITH h, hub UNWIND range(0, $leaves - 1) AS i
       CREATE (l:Entity:Programme {id: hub + '-leaf-' + i, name: hub + ' leaf ' + i, type: 'Programme', aliases: [], degree: 1, documentCount: 0})
       CREATE (l)-[:PART_OF {id: l.id + '>PART_OF>' + hub, confidence: 0.9, documentIds: [], documentCount: 0, evidence: []}]->(h)`,
      { leaves: LEAVES },
    );
    await tx.run(
      `MATCH (a:Entity {id: 'hub-a'}), (b:Entity {id: 'hub-b'}), (x:Entity {id: 'hub-a-leaf-0'}), (y:Entity {id: 'hub-a-leaf-1'})
       CREATE (a)-[:PARTNERS_WITH {id: 'hub-a>PARTNERS_WITH>hub-b', confidence: 0.8, documentIds: [], documentCount: 0, evidence: []}]->(b)
       CREATE (x)-[:PARTNERS_WITH {id: 'hub-a-leaf-0>PARTNERS_WITH>hub-a-leaf-1', confidence: 0.7, documentIds: [], documentCount: 0, evidence: []}]->(y)`,
    );
  });
});
afterAll(async () => api?.close());

/** Every relationship among the given entities, by brute force: what a slice must contain. */
async function expectedEdges(ids: string[]): Promise<string[]> {
  const rows = await api.db.rows<{ id: string }>('MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids RETURN r.id AS id', { ids });
  return rows.map((r) => r.id).sort();
}

describe('slices around hubs', () => {
  it('returns every relation among the nodes, hub to hub and leaf to leaf included', async () => {
    const ids = ['hub-a', 'hub-b', 'hub-a-leaf-0', 'hub-a-leaf-1', 'hub-b-leaf-7'];
    const slice = await ok(api, GraphSliceSchema, 'POST', '/api/subgraph', { ids });
    expect(slice.edges.map((e) => e.id)).toEqual(await expectedEdges(ids));
    expect(slice.edges.map((e) => e.id)).toContain('hub-a>PARTNERS_WITH>hub-b');
    expect(slice.edges).toHaveLength(5);
  });

  it('sees a link between hubs that is removed or added after an earlier slice (no stale hub links)', async () => {
    const ids = ['hub-a', 'hub-b'];
    const hubEdges = async () => (await ok(api, GraphSliceSchema, 'POST', '/api/subgraph', { ids })).edges.map((e) => e.id);
    expect(await hubEdges()).toEqual(['hub-a>PARTNERS_WITH>hub-b']);
    await api.db.write((tx) => tx.run(`MATCH (:Entity {id: 'hub-a'})-[r:PARTNERS_WITH]->(:Entity {id: 'hub-b'}) DELETE r`));
    expect(await hubEdges()).toEqual([]);
    await api.db.write((tx) =>
      tx.run(
        `MATCH (a:Entity {id: 'hub-a'}), (b:Entity {id: 'hub-b'})
         CREATE (b)-[:FUNDED_BY {id: 'hub-b>FUNDED_BY>hub-a', confidence: 0.9, documentIds: [], documentCount: 0, evidence: []}]->(a)
         CREATE (a)-[:PARTNERS_WITH {id: 'hub-a>PARTNERS_WITH>hub-b', confidence: 0.8, documentIds: [], documentCount: 0, evidence: []}]->(b)`,
      ),
    );
    expect(await hubEdges()).toEqual(['hub-a>PARTNERS_WITH>hub-b', 'hub-b>FUNDED_BY>hub-a']);
    await api.db.write((tx) => tx.run(`MATCH (:Entity {id: 'hub-b'})-[r:FUNDED_BY]->(:Entity {id: 'hub-a'}) DELETE r`));
    expect(await hubEdges()).toEqual(['hub-a>PARTNERS_WITH>hub-b']);
  });

  it('caps a hub neighbourhood and still links every returned node that is linked', async () => {
    const slice = await ok(api, GraphSliceSchema, 'GET', '/api/entities/hub-a/neighbours?depth=2&limit=300');
    expect(slice).toMatchObject({ truncated: true, limit: 300 });
    expect(slice.nodes).toHaveLength(300);
    // The slice travels in many records: each node once, breadth-first from the seed.
    expect(new Set(slice.nodes.map((n) => n.id)).size).toBe(300);
    expect(slice.nodes[0]!.id).toBe('hub-a');
    expect(slice.edges.map((e) => e.id)).toEqual(await expectedEdges(slice.nodes.map((n) => n.id)));
  });
});
