/** Writes the rows of a built graph as CSV files (one per label and relationship type) and loads them with LOAD CSV. */
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../../src/db/database.js';
import { loadCsvFile, type CsvKind } from '../../src/db/queries/loadCsv.js';
import { ENTITY_TYPES, type EntityType, type RelationType } from '../../src/model/index.js';
import type { GraphRows, RowSource } from '../../importer/load/buildGraph.js';

/** Every row of a lazily built source, in order. */
const allRows = <T>(rows: RowSource<T>): T[] => [...rows.batches(100_000)].flat();

/** List fields are joined with the ASCII unit separator, which no name or sentence contains. */
const SEP = '\u001f';

export interface CsvFile {
  kind: CsvKind;
  /** Path relative to the import folder. */
  name: string;
  type?: EntityType | RelationType;
}

const field = (v: unknown): string =>
  v === null || v === undefined ? '' : `"${(Array.isArray(v) ? v.join(SEP) : String(v)).replace(/"/g, '""')}"`;

function write(folder: string, name: string, header: string[], rows: unknown[][]): void {
  const lines = [header.join(','), ...rows.map((r) => r.map(field).join(','))];
  fs.writeFileSync(path.join(folder, name), lines.join('\n') + '\n');
}

export function writeCsvFiles(graph: GraphRows, folder: string): CsvFile[] {
  fs.mkdirSync(folder, { recursive: true });
  const prefix = path.basename(folder);
  const files: CsvFile[] = [];
  const add = (kind: CsvKind, name: string, header: string[], rows: unknown[][], type?: EntityType | RelationType) => {
    write(folder, name, header, rows);
    files.push({ kind, name: `${prefix}/${name}`, type });
  };
  add('documents', 'documents.csv', ['id', 'title', 'language', 'source', 'date', 'path', 'contentHash', 'factsHash', 'importedAt', 'text'],
    graph.documents.map((d) => [d.id, d.title, d.language, d.source, d.date, d.path, d.contentHash, d.factsHash, d.importedAt, d.text]));
  for (const type of ENTITY_TYPES) {
    add('entities', `entities-${type}.csv`, ['id', 'name', 'aliases', 'aliasText', 'nameFolded', 'curated', 'curation', 'degree', 'documentCount'],
      graph.entities.filter((e) => e.type === type).map((e) => [e.id, e.name, e.aliases, e.aliasText, e.nameFolded, e.curated, e.curation, e.degree, e.documentCount]), type);
  }
  add('mentions', 'mentions.csv', ['documentId', 'entityId', 'count', 'offsets', 'name', 'type', 'aliases'],
    allRows(graph.mentions).map((m) => [m.documentId, m.entityId, m.count, m.offsets, m.name, m.type, m.aliases]));
  for (const [type, rows] of graph.relations) {
    add('relations', `relations-${type}.csv`, ['source', 'target', 'id', 'confidence', 'documentIds', 'documentConfidences', 'documentCount', 'evidence', 'evidenceCount', 'curated', 'note'],
      allRows(rows).map((r) => [r.source, r.target, r.id, r.confidence, r.documentIds, r.documentConfidences, r.documentCount, r.evidence, r.evidenceCount, r.curated, r.note]), type);
  }
  add('coMentions', 'co-mentions.csv', ['source', 'target', 'id', 'weight', 'documentIds', 'documentWeights'],
    allRows(graph.coMentions).map((c) => [c.source, c.target, c.id, c.weight, c.documentIds, c.documentWeights]));
  return files;
}

/** Nodes first, then relationships, in the order the files were written. */
export async function loadCsvFiles(db: Database, files: CsvFile[], batchSize: number): Promise<void> {
  for (const f of files) await loadCsvFile(db, f.kind, f.name, { batchSize, sep: SEP, type: f.type });
}
