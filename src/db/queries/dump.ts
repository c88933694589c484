/**
 * A canonical text dump of the imported graph: one JSON line per node and relationship, sorted, with every property
 * (keys sorted). Two graphs are equal exactly when their dumps are. `importedAt` is the one property that depends
 * on the clock, so it is left out unless asked for (a re-import of unchanged documents keeps it too).
 */
import type { Database } from '../database.js';

const NODES = 'MATCH (n) WHERE n:Entity OR n:Document OR n:ImportState RETURN labels(n) AS labels, properties(n) AS props';
const RELATIONSHIPS = `
MATCH (a)-[r]->(b) WHERE (a:Entity OR a:Document) AND b:Entity
RETURN type(r) AS type, a.id AS source, b.id AS target, properties(r) AS props`;

function sortedProps(props: Record<string, unknown>, includeImportedAt: boolean): Record<string, unknown> {
  const keys = Object.keys(props).filter((k) => includeImportedAt || k !== 'importedAt').sort();
  return Object.fromEntries(keys.map((k) => [k, props[k]]));
}

export async function dumpGraph(db: Database, options: { includeImportedAt?: boolean } = {}): Promise<string> {
  const withTime = options.includeImportedAt ?? false;
  const nodes = await db.rows<{ labels: string[]; props: Record<string, unknown> }>(NODES);
  const rels = await db.rows<{ type: string; source: string; target: string; props: Record<string, unknown> }>(RELATIONSHIPS);
  const lines = [
    ...nodes.map((n) => JSON.stringify(['node', [...n.labels].sort(), sortedProps(n.props, withTime)])),
    ...rels.map((r) => JSON.stringify(['rel', r.type, r.source, r.target, sortedProps(r.props, withTime)])),
  ];
  return lines.sort().join('\n') + '\n';
}
