/**
 * LOAD CSV statements that load the same rows as the bulk importer (same labels, properties and CREATE shapes),
 * for the load benchmark's comparison. Files are read from the server's import folder; list fields are joined
 * with $sep.
 */
import type { Database } from '../database.js';
import type { EntityType, RelationType } from '../../model/index.js';
import { cypherInt } from './cypherInt.js';
import { entityLabel, relationLabel } from './graphRows.js';

const list = (field: string) => `CASE coalesce(${field}, '') WHEN '' THEN [] ELSE split(${field}, $sep) END`;
/** Where the importer stores no property for an empty list (src/db/queries/loadGraph.ts). */
const listOrNull = (field: string) => `CASE coalesce(${field}, '') WHEN '' THEN null ELSE split(${field}, $sep) END`;

const statements = {
  documents: () => `
    CREATE (:Document {id: row.id, title: row.title, language: row.language, source: row.source, date: row.date, path: row.path,
                       contentHash: row.contentHash, factsHash: row.factsHash, importedAt: row.importedAt, text: coalesce(row.text, '')})`,
  entities: (type: EntityType) => `
    CREATE (:Entity:${entityLabel(type)} {id: row.id, type: $type, name: row.name, aliases: ${listOrNull('row.aliases')}, aliasText: coalesce(row.aliasText, ''),
                     nameFolded: row.nameFolded, curated: row.curated = 'true', curation: row.curation,
                     degree: toInteger(row.degree), documentCount: toInteger(row.documentCount)})`,
  mentions: () => `
    MATCH (d:Document {id: row.documentId})
    MATCH (e:Entity {id: row.entityId})
    CREATE (d)-[:MENTIONS {count: toInteger(row.count), offsets: [o IN ${listOrNull('row.offsets')} | toInteger(o)], name: row.name, type: row.type,
                           aliases: ${listOrNull('row.aliases')}}]->(e)`,
  relations: (type: RelationType) => `
    MATCH (a:Entity {id: row.source})
    MATCH (b:Entity {id: row.target})
    CREATE (a)-[:${relationLabel(type)} {id: row.id, confidence: toFloat(row.confidence), documentIds: ${list('row.documentIds')},
                       documentConfidences: [c IN ${list('row.documentConfidences')} | toFloat(c)], documentCount: toInteger(row.documentCount),
                       evidence: ${list('row.evidence')}, evidenceCount: toInteger(row.evidenceCount), curated: row.curated = 'true', note: row.note}]->(b)`,
  coMentions: () => `
    MATCH (a:Entity {id: row.source})
    MATCH (b:Entity {id: row.target})
    CREATE (a)-[:CO_MENTIONED {id: row.id, weight: toInteger(row.weight), documentIds: ${list('row.documentIds')},
                               documentWeights: [w IN ${list('row.documentWeights')} | toInteger(w)]}]->(b)`,
};

export type CsvKind = keyof typeof statements;

/** Loads one CSV file (a name in the import folder) in transactions of `batchSize` rows. */
export async function loadCsvFile(
  db: Database,
  kind: CsvKind,
  file: string,
  options: { batchSize: number; sep: string; type?: EntityType | RelationType },
): Promise<void> {
  const create = (statements[kind] as (t?: never) => string)(options.type as never);
  await db.autoCommit(
    `LOAD CSV WITH HEADERS FROM $url AS row
     CALL (row) { ${create} } IN TRANSACTIONS OF $batchSize ROWS`,
    { url: `file:///${file}`, batchSize: cypherInt(options.batchSize), sep: options.sep, type: options.type ?? null },
    // The batches commit on their own; the statement driving them may outlast the server's transaction timeout.
    { timeoutMs: 0 },
  );
}
