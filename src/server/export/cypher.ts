/**
 * Cypher export: a script of MERGE statements that recreates a slice, with every stored property, in another
 * database (empty or not: running it twice changes nothing). Values are written as Cypher literals, escaped here;
 * labels and relationship types come only from the validated enums.
 */
import { EdgeTypeSchema, EntityTypeSchema } from '../../model/index.js';
import type { StoredEdge, StoredNode } from '../../db/queries/sliceProperties.js';

/** Rows per UNWIND statement: small enough for any client, large enough to load quickly. */
const BATCH = 500;

/** Properties that are floats in the graph model even when a value happens to be whole (1.0 stays 1.0). */
const FLOAT_PROPERTIES: ReadonlySet<string> = new Set(['confidence']);

export function cypherString(s: string): string {
  const escaped = s.replace(/[\\'\p{Cc}\u2028\u2029]/gu, (c) => {
    const named: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    return named[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return `'${escaped}'`;
}

const cypherName = (name: string) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `\`${name.replace(/`/g, '``')}\``);

export function cypherValue(value: unknown, float = false): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`cannot export the number ${value}`);
    return float && Number.isInteger(value) ? value.toFixed(1) : String(value);
  }
  if (Array.isArray(value)) return `[${value.map((v) => cypherValue(v, float)).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== null && v !== undefined);
    return `{${entries.map(([k, v]) => `${cypherName(k)}: ${cypherValue(v, FLOAT_PROPERTIES.has(k))}`).join(', ')}}`;
  }
  throw new TypeError(`cannot export a value of type ${typeof value}`);
}

function batches<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** Dates and points are written back as Neo4j values; a missing one (null) removes the property. */
const SET_DAYS = (v: string) => ['from', 'to', 'at'].map((p) => `${v}.${p} = date(row.days.${p})`).join(', ');

/** One statement per line, each ending with `;`: literals escape newlines, so splitting on ";\n" is safe. */
export function cypherScript(nodes: StoredNode[], edges: StoredEdge[]): string {
  const lines = [
    `// Impact Atlas subgraph: ${nodes.length} entities, ${edges.length} relationships. Run with: cypher-shell -f <this file>`,
    'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;',
  ];
  for (const [type, group] of groupBy(nodes, (n) => n.type)) {
    const label = EntityTypeSchema.parse(type);
    for (const batch of batches(group)) {
      const rows = cypherValue(batch.map((n) => ({ id: n.id, properties: n.properties, location: n.location, days: n.days })));
      lines.push(
        `UNWIND ${rows} AS row MERGE (e:Entity {id: row.id}) SET e += row.properties, e:${label}, ` +
          `e.location = CASE WHEN row.location IS NULL THEN null ELSE point({latitude: row.location[0], longitude: row.location[1]}) END, ${SET_DAYS('e')};`,
      );
    }
  }
  for (const [type, group] of groupBy(edges, (e) => e.type)) {
    const relType = EdgeTypeSchema.parse(type);
    for (const batch of batches(group)) {
      const rows = cypherValue(batch.map((e) => ({ source: e.source, target: e.target, id: e.id, properties: e.properties, days: e.days })));
      lines.push(
        `UNWIND ${rows} AS row MATCH (a:Entity {id: row.source}), (b:Entity {id: row.target}) ` +
          `MERGE (a)-[r:${relType} {id: row.id}]->(b) SET r += row.properties, ${SET_DAYS('r')};`,
      );
    }
  }
  return lines.join('\n') + '\n';
}
