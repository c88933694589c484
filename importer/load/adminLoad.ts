/**
 * The first load through `neo4j-admin database import full`, for the project's own local server: the graph is
 * written as CSV files, the server stops, neo4j-admin writes the store files, the server starts again and gets its
 * schema. A marker in the instance folder spans the time the store is not known to be whole (see
 * src/db/local/adminImportMarker.ts). Ends in the graph the UNWIND path builds.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Neo4jConfig } from '../../src/config.js';
import type { Database } from '../../src/db/database.js';
import { runAdminImport } from '../../src/db/local/adminImport.js';
import { clearAdminImportMarker, writeAdminImportMarker, type AdminImportMarker } from '../../src/db/local/adminImportMarker.js';
import { start, stop } from '../../src/db/local/localServer.js';
import { instancePaths } from '../../src/db/local/neo4jHome.js';
import { countStore, restoreEmptyLists } from '../../src/db/queries/adminLoad.js';
import { applySchema } from '../../src/db/schema.js';
import type { Diagnostic } from '../../src/model/index.js';
import { writeAdminCsv } from './adminCsv.js';
import { ARRAY_DELIMITER } from './adminCsvTable.js';
import { readImportReport } from './adminReport.js';
import type { GraphRows } from './buildGraph.js';
import type { LoadProgress } from './bulkLoad.js';

export interface AdminLoadResult {
  diagnostics: Diagnostic[];
  /** Wall milliseconds per step, in order (csv, stop, import, start, schema, lists, verify). */
  steps: [string, number][];
}

const sum = (ns: number[]) => ns.reduce((a, b) => a + b, 0);

/** The caller has checked that the target is the local server and that its graph is empty or to be replaced. */
export async function adminLoad(db: Database, config: Neo4jConfig, graph: GraphRows, startedAt: string, onProgress?: (p: LoadProgress) => void): Promise<AdminLoadResult> {
  const local = config.local!;
  const steps: [string, number][] = [];
  let since = performance.now();
  let current: string | undefined;
  /** Ends the step under way and begins the next; progress reports each step as it begins. */
  const begin = (name?: string) => {
    if (current) steps.push([current, performance.now() - since]);
    [current, since] = [name, performance.now()];
    if (name) onProgress?.({ phase: `admin ${name}`, done: steps.length, total: 7 });
  };
  begin('csv');
  const folder = path.join(instancePaths(local).import, 'admin-load');
  fs.rmSync(folder, { recursive: true, force: true });
  // Written while the server still runs: it is down only for the import itself.
  const csv = writeAdminCsv(graph, folder);
  begin('stop');

  const marker: AdminImportMarker = { startedAt, database: config.database };
  writeAdminImportMarker(local, marker);
  await stop(config, () => {});
  begin('import');
  const reportFile = path.join(folder, 'import.report');
  const tables = [...csv.nodes, ...csv.relationships].map((f) => f.table);
  try {
    await runAdminImport(
      local,
      config.database,
      {
        nodes: csv.nodes.map((n) => ({ labels: n.labels, file: n.table.file })),
        relationships: csv.relationships.map((r) => ({ type: r.type, file: r.table.file })),
        arrayDelimiter: ARRAY_DELIMITER,
        multilineFiles: tables.filter((t) => t.multiline).map((t) => t.file),
        // UTF-16 units to bytes at worst 3 to 1, plus room for the rest of the row.
        readBufferSize: Math.max(4 << 20, 3 * Math.max(...tables.map((t) => t.longestField)) + (1 << 20)),
        reportFile,
      },
      (toolPid) => writeAdminImportMarker(local, { ...marker, toolPid }),
    );
  } catch (error) {
    // The marker is still there, so this start discards whatever the failed import left.
    await start(config, () => {});
    throw error;
  }
  begin('start');
  const report = readImportReport(reportFile, csv);
  await start(config, () => {}, { importedStore: true });
  begin('schema');
  await applySchema(db);
  begin('lists');
  for (const n of csv.nodes) for (const [prop] of n.table.emptyLists) await restoreEmptyLists(db, 'node', n.labels.at(-1)!, prop);
  for (const r of csv.relationships) for (const [prop] of r.table.emptyLists) await restoreEmptyLists(db, 'relationship', r.type, prop);
  begin('verify');

  const expected = {
    nodes: sum(csv.nodes.map((n) => n.table.rows)) - report.skippedNodes,
    relationships: sum(csv.relationships.map((r) => r.table.rows)) - report.skippedRelationships,
  };
  const found = await countStore(db);
  if (found.nodes !== expected.nodes || found.relationships !== expected.relationships) {
    // Not served as complete: a restart with the marker still there discards the store.
    await stop(config, () => {});
    await start(config, () => {});
    throw new Error(
      `neo4j-admin import: the store holds ${found.nodes} nodes and ${found.relationships} relationships, expected ${expected.nodes} and ${expected.relationships}; the next import loads the graph again`,
    );
  }
  clearAdminImportMarker(local);
  begin();
  // A report with entries keeps the files its diagnostics point into.
  if (report.diagnostics.length === 0) fs.rmSync(folder, { recursive: true, force: true });
  return { diagnostics: report.diagnostics, steps };
}
