import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CypherQueryResultSchema } from '../../../src/model/index.js';
import { startApiServer, type ApiServer } from '../../support/apiServer.js';
import { seedGraphFixture } from '../../support/graphFixture.js';
import { fails, ok } from './http.js';

let api: ApiServer;
beforeAll(async () => {
  api = await startApiServer({ uiDir: null, env: { QUERY_ROW_LIMIT: '5', QUERY_TIMEOUT_MS: '1000' } });
  await seedGraphFixture(api.db);
});
afterAll(async () => api?.close());

const entityCount = async () => (await api.db.rows<{ n: number }>('MATCH (e:Entity) RETURN count(e) AS n'))[0]!.n;

describe('POST /api/query', () => {
  it('runs a read with parameters and returns columns and rows', async () => {
    const result = await ok(api, CypherQueryResultSchema, 'POST', '/api/query', {
      query: 'MATCH (e:Entity {id: $id}) RETURN e.name AS name, e.degree AS degree',
      params: { id: 'ashoka' },
    });
    expect(result).toEqual({ columns: ['name', 'degree'], rows: [['Ashoka', 3]], truncated: false });
  });

  it('returns the columns of an empty result', async () => {
    const result = await ok(api, CypherQueryResultSchema, 'POST', '/api/query', { query: 'MATCH (e:Entity {id: "none"}) RETURN e.id AS id' });
    expect(result).toEqual({ columns: ['id'], rows: [], truncated: false });
  });

  it('stops at QUERY_ROW_LIMIT rows and says the result was truncated', async () => {
    const result = await ok(api, CypherQueryResultSchema, 'POST', '/api/query', { query: 'UNWIND range(1, 100) AS i RETURN i' });
    expect(result.rows).toEqual([[1], [2], [3], [4], [5]]);
    expect(result.truncated).toBe(true);
  });

  it('refuses write clauses with a clear 400 before running them', async () => {
    for (const query of [
      'CREATE (n:Entity {id: "x"})',
      'MATCH (n) DETACH DELETE n',
      'MATCH (n:Entity) SET n.name = "x"',
      'merge (n:Entity {id: "x"})',
      'LOAD CSV FROM "file:///x.csv" AS row RETURN row',
      'CALL dbms.listConfig()',
    ]) {
      const answer = await fails(api, 'POST', '/api/query', { query });
      expect(answer.status, query).toBe(400);
      expect(answer.message, query).toMatch(/is not allowed: the console is read-only/);
    }
    expect(await entityCount()).toBe(11);
  });

  it('does not mistake clause words inside strings, comments or property names for writes', async () => {
    const result = await ok(api, CypherQueryResultSchema, 'POST', '/api/query', {
      query: "// create nothing\nRETURN 'CREATE (n)' AS text, {set: 1}.set AS s",
    });
    expect(result.rows).toEqual([['CREATE (n)', 1]]);
  });

  it('lets Neo4j refuse a write that slips past the check, because the transaction is read-only', async () => {
    // A write hidden where the check does not look: a procedure name it does not know.
    const answer = await fails(api, 'POST', '/api/query', { query: 'CALL db.createLabel("Sneaky")' });
    expect(answer.status).toBe(400);
    const labels = await api.db.rows<{ label: string }>('CALL db.labels() YIELD label RETURN label');
    expect(labels.map((l) => l.label)).not.toContain('Sneaky');
  });

  it('reports a syntax error as 400 with Neo4j\'s first line', async () => {
    const answer = await fails(api, 'POST', '/api/query', { query: 'MATCH (n RETURN n' });
    expect(answer).toMatchObject({ status: 400, error: 'InvalidInput' });
    expect(answer.message).toMatch(/^query: Invalid input/);
  });

  it('stops a query that runs past QUERY_TIMEOUT_MS', async () => {
    const answer = await fails(api, 'POST', '/api/query', {
      query: 'UNWIND range(1, 100000000) AS i WITH i WHERE i % 7 = 100 RETURN count(i) AS n',
    });
    expect(answer).toMatchObject({ status: 400 });
    expect(answer.message).toMatch(/stopped after 1000 ms \(QUERY_TIMEOUT_MS\)/);
  });

  it('rejects a body without a query', async () => {
    expect((await fails(api, 'POST', '/api/query', { params: {} })).message).toMatch(/^body\.query: /);
  });
});
