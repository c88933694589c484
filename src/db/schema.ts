/** Schema migrations, applied at every start; each is idempotent (IF NOT EXISTS). */
import { RELATION_TYPES } from '../model/index.js';
import type { Database } from './database.js';

/**
 * Range indexes on when relations hold (from, to, at): Neo4j 5 indexes a relationship property per relationship type
 * only, so each typed relation gets its own. Co-mentions carry no dates.
 */
const RELATION_TIME_INDEXES = RELATION_TYPES.flatMap((type) =>
  (['from', 'to', 'at'] as const).map(
    (p) => `CREATE INDEX rel_${type.toLowerCase()}_${p} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.${p})`,
  ),
);

export const SCHEMA_STATEMENTS: readonly string[] = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE',
  'CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE',
  // standard-folding: case and diacritics fold, so "kobenhavns kommune" finds "Københavns Kommune".
  `CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText]
   OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'standard-folding', \`fulltext.eventually_consistent\`: false}}`,
  'CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type)',
  'CREATE INDEX entity_name_folded IF NOT EXISTS FOR (e:Entity) ON (e.nameFolded)',
  'CREATE INDEX entity_degree IF NOT EXISTS FOR (e:Entity) ON (e.degree)',
  'CREATE INDEX document_hash IF NOT EXISTS FOR (d:Document) ON (d.contentHash)',
  // WGS-84 points of places, for distance and bounding-box queries (point.withinBBox, point.distance).
  'CREATE POINT INDEX place_location IF NOT EXISTS FOR (p:Place) ON (p.location)',
  'CREATE INDEX event_from IF NOT EXISTS FOR (e:Event) ON (e.from)',
  'CREATE INDEX event_at IF NOT EXISTS FOR (e:Event) ON (e.at)',
  ...RELATION_TIME_INDEXES,
];

const schemaName = (statement: string) => /^CREATE (?:\w+ )?(?:INDEX|CONSTRAINT) (\w+) IF NOT EXISTS/.exec(statement)?.[1];

/**
 * Runs only the statements whose index or constraint is missing, and waits only when an index is not yet online:
 * each schema statement, even one with nothing to do, costs a cold server a tenth of a second or more, and every
 * import and start applies the schema.
 */
export async function applySchema(db: Database): Promise<void> {
  const indexes = await db.rows<{ name: string; state: string }>('SHOW INDEXES YIELD name, state RETURN name, state');
  const constraints = await db.rows<{ name: string }>('SHOW CONSTRAINTS YIELD name RETURN name');
  const present = new Set([...indexes, ...constraints].map((r) => r.name));
  const missing = SCHEMA_STATEMENTS.filter((statement) => {
    const name = schemaName(statement);
    return name === undefined || !present.has(name);
  });
  for (const statement of missing) await db.autoCommit(statement);
  if (missing.length > 0 || indexes.some((i) => i.state !== 'ONLINE')) await db.autoCommit('CALL db.awaitIndexes(60)');
}

/** A canonical description of the schema, for checking that applying it twice changes nothing. */
export async function describeSchema(db: Database): Promise<string[]> {
  const rows = await db.rows<{ d: string }>(
    `SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties
     RETURN name + ':' + type + ':' + entityType + ':' + coalesce(reduce(s = '', l IN labelsOrTypes | s + l + ','), '') + ':' +
            coalesce(reduce(s = '', p IN properties | s + p + ','), '') AS d ORDER BY d`,
  );
  const constraints = await db.rows<{ d: string }>('SHOW CONSTRAINTS YIELD name, type RETURN name + ":" + type AS d ORDER BY d');
  return [...rows, ...constraints].map((r) => r.d);
}
