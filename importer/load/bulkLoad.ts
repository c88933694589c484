/**
 * Loads a whole graph into an empty database: nodes first, then relationships, in UNWIND batches of plain CREATEs,
 * two batches in flight (one per core of a small machine; Neo4j works on one while the driver ships the other).
 */
import type { Database, Tx } from '../../src/db/database.js';
import type { GraphRows } from './buildGraph.js';
import {
  createCoMentions,
  createDocuments,
  createEntities,
  createMentions,
  createRelations,
  dropSecondaryIndexes,
  markBulkLoad,
  unmarkBulkLoad,
} from '../../src/db/queries/loadGraph.js';
import { applySchema } from '../../src/db/schema.js';
import { ENTITY_TYPES, RELATION_TYPES } from '../../src/model/index.js';

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
}

function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

async function inBatches<T>(db: Database, rows: T[], write: (tx: Tx, batch: T[]) => Promise<void>, phase: string, o: BulkOptions, tally: { done: number; total: number }): Promise<void> {
  const queue = chunks(rows, o.batchSize);
  const worker = async () => {
    for (let batch = queue.shift(); batch; batch = queue.shift()) {
      await db.write((tx) => write(tx, batch));
      tally.done += batch.length;
      o.onProgress?.({ phase, ...tally });
      if (o.pauseMs) await new Promise((r) => setTimeout(r, o.pauseMs));
    }
  };
  await Promise.all(Array.from({ length: o.concurrency ?? 2 }, worker));
}

/**
 * The caller has checked the graph is empty. A marker node stays until the end, so a cut-short load is detectable;
 * the secondary indexes are rebuilt once at the end (and by any later applySchema if the load is cut short).
 */
export async function bulkLoad(db: Database, graph: GraphRows, startedAt: string, o: BulkOptions): Promise<void> {
  const tally = {
    done: 0,
    total: graph.documents.length + graph.entities.length + graph.mentions.length + graph.relations.length + graph.coMentions.length,
  };
  await markBulkLoad(db, startedAt);
  await dropSecondaryIndexes(db);
  await inBatches(db, graph.documents, createDocuments, 'documents', o, tally);
  for (const type of ENTITY_TYPES) {
    const rows = graph.entities.filter((e) => e.type === type);
    await inBatches(db, rows, (tx, b) => createEntities(tx, type, b), 'entities', o, tally);
  }
  await inBatches(db, graph.mentions, createMentions, 'mentions', o, tally);
  for (const type of RELATION_TYPES) {
    const rows = graph.relations.filter((r) => r.type === type);
    await inBatches(db, rows, (tx, b) => createRelations(tx, type, b), 'relations', o, tally);
  }
  await inBatches(db, graph.coMentions, createCoMentions, 'co-mentions', o, tally);
  await applySchema(db);
  await unmarkBulkLoad(db);
}
