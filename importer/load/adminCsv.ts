/**
 * Writes a built graph as neo4j-admin CSV files: one per label and relationship type, with the same properties and
 * property types the UNWIND path stores (src/db/queries/loadGraph.ts: integers as long, confidences as double, lists
 * as typed arrays, evidence and stated times as JSON strings, days as dates, positions as WGS-84 points). Also records where each suspect row is (an id defined twice, an endpoint no node has), so Neo4j's
 * import report can be turned into diagnostics naming the row.
 */
import path from 'node:path';
import fs from 'node:fs';
import { ENTITY_TYPES } from '../../src/model/index.js';
import { entityLabel, nonEmpty, relationLabel } from '../../src/db/queries/graphRows.js';
import { timeRow } from '../../src/db/queries/storedTime.js';
import type { GraphRows } from './buildGraph.js';
import { CsvTable, type Column } from './adminCsvTable.js';

/** Where a row is, and what it is, for a diagnostic. */
export interface RowLocation {
  file: string;
  line: number;
  what: string;
}

export interface AdminCsv {
  nodes: { labels: string[]; table: CsvTable }[];
  relationships: { type: string; table: CsvTable }[];
  /** `group\tid` of a node id written more than once → the rows after the first. */
  duplicates: Map<string, RowLocation[]>;
  /** `type\tsource\ttarget` of a relationship whose endpoint no node has → its rows. */
  danglingRelationships: Map<string, RowLocation[]>;
}

const s = (name: string): Column => ({ name, type: 'string' });
const c = (name: string, type: Column['type']): Column => ({ name, type });

const DOCUMENT_COLUMNS = [c('id', 'ID(Document)'), ...['title', 'language', 'source', 'date', 'path', 'contentHash', 'factsHash', 'importedAt', 'text'].map(s)];
/** A summed-up time (src/db/queries/storedTime.ts): the JSON summary, and its days as Neo4j dates. */
const TIME_COLUMNS = [s('time'), c('from', 'date'), c('to', 'date'), c('at', 'date'), s('datePrecision')];
const ENTITY_COLUMNS = [
  c('id', 'ID(Entity)'), s('type'), s('name'), c('aliases', 'string[]'), s('aliasText'), s('nameFolded'), c('curated', 'boolean'), s('curation'), c('degree', 'long'), c('documentCount', 'long'),
  c('location', 'point{crs:WGS-84}'), s('placeKind'), c('dates', 'string[]'), ...TIME_COLUMNS,
];
const MENTION_COLUMNS = [
  c('', 'START_ID(Document)'), c('', 'END_ID(Entity)'), c('count', 'long'), c('offsets', 'long[]'), s('name'), s('type'), c('aliases', 'string[]'),
  c('location', 'point{crs:WGS-84}'), s('placeKind'), c('dates', 'string[]'),
];
const RELATION_COLUMNS = [
  c('', 'START_ID(Entity)'), c('', 'END_ID(Entity)'), s('id'), c('confidence', 'double'), c('documentIds', 'string[]'), c('documentConfidences', 'double[]'),
  c('documentCount', 'long'), c('evidence', 'string[]'), c('evidenceCount', 'long'), c('curated', 'boolean'), s('note'), c('dates', 'string[]'), ...TIME_COLUMNS,
];
const CO_MENTION_COLUMNS = [c('', 'START_ID(Entity)'), c('', 'END_ID(Entity)'), s('id'), c('weight', 'long'), c('documentIds', 'string[]'), c('documentWeights', 'long[]')];

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/**
 * Rows built at a time. Small enough that a batch dies in the young generation: with 10,000 rows (relations carry
 * their evidence) batches were promoted, and the 10,000-document bench's importer grew from 1.3 to 2.25 GB while
 * writing the files (500: 1.55 GB, and 20% faster).
 */
const ROWS_AT_A_TIME = 500;

export function writeAdminCsv(graph: GraphRows, folder: string, batchSize = ROWS_AT_A_TIME): AdminCsv {
  fs.mkdirSync(folder, { recursive: true });
  const out: AdminCsv = { nodes: [], relationships: [], duplicates: new Map(), danglingRelationships: new Map() };
  const ids = { Document: new Set<string>(), Entity: new Set<string>() };
  const tables: CsvTable[] = [];
  const table = (name: string, columns: Column[]) => {
    const t = new CsvTable(path.join(folder, name), columns);
    tables.push(t);
    return t;
  };
  try {
    const node = (group: keyof typeof ids, t: CsvTable, id: string, values: unknown[], what: string) => {
      const line = t.write(values);
      if (ids[group].has(id)) push(out.duplicates, `${group}\t${id}`, { file: t.file, line, what });
      ids[group].add(id);
    };
    const relationship = (t: CsvTable, type: string, values: unknown[], from: keyof typeof ids, id: string) => {
      const [source, target] = values as [string, string];
      const line = t.write(values);
      if (!ids[from].has(source) || !ids.Entity.has(target)) push(out.danglingRelationships, `${type}\t${source}\t${target}`, { file: t.file, line, what: id });
    };

    const documents = table('documents.csv', DOCUMENT_COLUMNS);
    for (const d of graph.documents) {
      node('Document', documents, d.id, [d.id, d.title, d.language, d.source, d.date, d.path, d.contentHash, d.factsHash, d.importedAt, d.text], `document ${d.id}`);
    }
    out.nodes.push({ labels: ['Document'], table: documents });
    for (const type of ENTITY_TYPES) {
      const rows = graph.entities.filter((e) => e.type === type);
      if (rows.length === 0) continue;
      const t = table(`entities-${type}.csv`, ENTITY_COLUMNS);
      for (const e of rows) {
        const values = [e.id, type, e.name, nonEmpty(e.aliases), e.aliasText, e.nameFolded, e.curated, e.curation, e.degree, e.documentCount, e.location ?? null, e.placeKind ?? null, nonEmpty(e.dates), ...timeRow(e)];
        node('Entity', t, e.id, values, `entity ${e.id}`);
      }
      out.nodes.push({ labels: ['Entity', entityLabel(type)], table: t });
    }

    const mentions = table('mentions.csv', MENTION_COLUMNS);
    for (const batch of graph.mentions.batches(batchSize)) {
      for (const m of batch) {
        const values = [m.documentId, m.entityId, m.count, nonEmpty(m.offsets), m.name, m.type, nonEmpty(m.aliases), m.location ?? null, m.placeKind ?? null, nonEmpty(m.dates)];
        relationship(mentions, 'MENTIONS', values, 'Document', `mention of ${m.entityId} in ${m.documentId}`);
      }
    }
    out.relationships.push({ type: 'MENTIONS', table: mentions });
    for (const [type, rows] of graph.relations) {
      if (rows.count === 0) continue;
      const t = table(`relations-${type}.csv`, RELATION_COLUMNS);
      for (const batch of rows.batches(batchSize)) {
        for (const r of batch) {
          const values = [r.source, r.target, r.id, r.confidence, r.documentIds, r.documentConfidences, r.documentCount, r.evidence, r.evidenceCount, r.curated, r.note, nonEmpty(r.dates), ...timeRow(r)];
          relationship(t, type, values, 'Entity', `relation ${r.id}`);
        }
      }
      out.relationships.push({ type: relationLabel(type), table: t });
    }
    if (graph.coMentions.count > 0) {
      const t = table('co-mentions.csv', CO_MENTION_COLUMNS);
      for (const batch of graph.coMentions.batches(batchSize)) {
        for (const w of batch) relationship(t, 'CO_MENTIONED', [w.source, w.target, w.id, w.weight, w.documentIds, w.documentWeights], 'Entity', `co-mention ${w.id}`);
      }
      out.relationships.push({ type: 'CO_MENTIONED', table: t });
    }
  } finally {
    for (const t of tables) t.close();
  }
  return out;
}
