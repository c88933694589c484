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

export async function applySchema(db: Database): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) await db.autoCommit(statement);
  await db.autoCommit('CALL db.awaitIndexes(60)');
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
