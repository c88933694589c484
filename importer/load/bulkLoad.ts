/**
 * Loads a whole graph into an empty database: nodes first, then relationships, in UNWIND batches of plain CREATEs,
 * two batches in flight (one per core of a small machine; Neo4j works on one while the driver ships the other).
 * Relationships name their endpoints by the element ids the node batches returned (no index lookups).
 */
import type { Database, Tx } from '../../src/db/database.js';
import type { GraphRows } from './buildGraph.js';
import {
  createCoMentions,
  createDocuments,
  createEntities,
  createMentions,
  createRelations,
  dropSchemaForBulkLoad,
  markBulkLoad,
  unmarkBulkLoad,
  type NodeIds,
} from '../../src/db/queries/loadGraph.js';
import { applySchema } from '../../src/db/schema.js';
import { ENTITY_TYPES } from '../../src/model/index.js';

export interface LoadProgress {
  phase: string;
  done: number;
  total: number;
}

export interface BulkOptions {
  batchSize: number;
  concurrency?: number;
  onProgress?: (p: LoadProgress) => void;
  /** Pause after each batch (IMPORT_BATCH_PAUSE_MS): lets tests interrupt an import part-way. */
  pauseMs?: number;
  /** Rows from which indexes are dropped for the load and rebuilt after it; default DROP_SCHEMA_FROM_ROWS. */
  dropSchemaFromRows?: number;
}

/**
 * Below this many rows, keeping the indexes up to date row by row costs less than dropping them and waiting for
 * their rebuild (about 2 s of schema statements on a cold server); measured by `npm run bench:import-small`.
 */
export const DROP_SCHEMA_FROM_ROWS = 50_000;

/**
 * Writes batches, one transaction each, `concurrency` in flight. Batches are pulled from the iterator only when a
 * worker is free, so a lazily built batch is computed while the other batch is in the database.
 * `committed` sees what each batch's write returned once it committed.
 */
async function inBatches<T, R>(
  db: Database,
  batches: Iterable<T[]>,
  write: (tx: Tx, batch: T[]) => Promise<R>,
  phase: string,
  o: BulkOptions,
  tally: { done: number; total: number },
  committed?: (result: R) => void,
): Promise<void> {
  const queue = batches[Symbol.iterator]();
  const worker = async () => {
    for (let next = queue.next(); !next.done; next = queue.next()) {
      const batch = next.value;
      // Not `committed?.(await …)`: an optional call skips evaluating its arguments, the write included.
      const result = await db.write((tx) => write(tx, batch));
      committed?.(result);
      tally.done += batch.length;
      o.onProgress?.({ phase, ...tally });
      if (o.pauseMs) await new Promise((r) => setTimeout(r, o.pauseMs));
    }
  };
  await Promise.all(Array.from({ length: o.concurrency ?? 2 }, worker));
}

function* chunks<T>(rows: T[], size: number): Iterable<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

/**
 * The caller has checked the graph is empty and applied the schema. A marker node stays until the end, so a
 * cut-short load is detectable; from DROP_SCHEMA_FROM_ROWS rows, constraints and indexes are dropped first and built
 * once at the end (a cut-short load is discarded and loaded again by the next import, which ends the same way).
 */
export async function bulkLoad(db: Database, graph: GraphRows, startedAt: string, o: BulkOptions): Promise<void> {
  const tally = {
    done: 0,
    total:
      graph.documents.length + graph.entities.length + graph.mentions.count + graph.coMentions.count +
      [...graph.relations.values()].reduce((n, r) => n + r.count, 0),
  };
  await markBulkLoad(db, startedAt);
  const rebuild = tally.total >= (o.dropSchemaFromRows ?? DROP_SCHEMA_FROM_ROWS);
  if (rebuild) await dropSchemaForBulkLoad(db);
  const nodes: NodeIds = new Map();
  const remember = (created: [string, string][]) => {
    for (const [id, node] of created) nodes.set(id, node);
  };
  const size = o.batchSize;
  await inBatches(db, chunks(graph.documents, size), createDocuments, 'documents', o, tally, remember);
  for (const type of ENTITY_TYPES) {
    const rows = graph.entities.filter((e) => e.type === type);
    await inBatches(db, chunks(rows, size), (tx, b) => createEntities(tx, type, b), 'entities', o, tally, remember);
  }
  await inBatches(db, graph.mentions.batches(size), (tx, b) => createMentions(tx, b, nodes), 'mentions', o, tally);
  for (const [type, rows] of graph.relations) {
    await inBatches(db, rows.batches(size), (tx, b) => createRelations(tx, type, b, nodes), 'relations', o, tally);
  }
  await inBatches(db, graph.coMentions.batches(size), (tx, b) => createCoMentions(tx, b, nodes), 'co-mentions', o, tally);
  if (rebuild) {
    o.onProgress?.({ phase: 'indexes', ...tally });
    await applySchema(db);
  }
  await unmarkBulkLoad(db);
}
