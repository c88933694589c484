/** Helpers of the security tests: the graph's fingerprint, raw HTTP over a socket, the routes of the description. */
import { createHash } from 'node:crypto';
import net from 'node:net';
import type { Database } from '../../../src/db/database.js';
import type { ApiServer } from '../../support/apiServer.js';

/** Counts and a hash of every label, type and property: equal fingerprints mean an unchanged graph. */
export async function graphFingerprint(db: Database): Promise<{ nodes: number; relationships: number; hash: string }> {
  const nodes = await db.rows('MATCH (n) RETURN labels(n) AS l, properties(n) AS p ORDER BY elementId(n)');
  const rels = await db.rows(
    'MATCH (a)-[r]->(b) RETURN properties(a) AS a, type(r) AS t, properties(r) AS p, properties(b) AS b ORDER BY elementId(r)',
  );
  const canonical = (rows: unknown[]) => rows.map((r) => JSON.stringify(r, (_k, v: unknown) => sortKeys(v))).sort();
  const hash = createHash('sha256').update(JSON.stringify([canonical(nodes), canonical(rels)])).digest('hex');
  return { nodes: nodes.length, relationships: rels.length, hash };
}

function sortKeys(v: unknown): unknown {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
  return Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)));
}

/** Sends `head` (request line and headers, without the blank line) and `body` as written; returns status and text. */
export function rawRequest(api: ApiServer, head: string[], body = ''): Promise<{ status: number; text: string }> {
  const { port } = new URL(api.url);
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: '127.0.0.1', port: Number(port) });
    let data = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (data += chunk));
    socket.on('error', reject);
    socket.on('end', () => resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1] ?? 0), text: data }));
    const lines = [...head, 'Connection: close'];
    if (body) lines.push(`Content-Length: ${Buffer.byteLength(body)}`);
    socket.write(`${lines.join('\r\n')}\r\n\r\n${body}`);
  });
}

export interface RouteOfDescription {
  method: string;
  /** OpenAPI path with `{param}` placeholders. */
  path: string;
  parameters: { name: string; in: 'query' | 'path'; required: boolean; schema: Record<string, unknown> }[];
  body?: Record<string, unknown>;
  /** The route changes data (`x-write` in the description). */
  write: boolean;
}

/** Every operation of /api/openapi.json. */
export async function describedRoutes(api: ApiServer, headers: Record<string, string> = {}): Promise<RouteOfDescription[]> {
  const doc = (await (await fetch(`${api.url}/api/openapi.json`, { headers })).json()) as {
    paths: Record<
      string,
      Record<string, { parameters: RouteOfDescription['parameters']; 'x-write'?: boolean; requestBody?: { content: Record<string, { schema: Record<string, unknown> }> } }>
    >;
  };
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      parameters: op.parameters,
      body: op.requestBody?.content['application/json']?.schema,
      write: op['x-write'] === true,
    })),
  );
}
