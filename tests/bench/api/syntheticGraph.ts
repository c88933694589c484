/**
 * The benchmark graph: C's seeded synthetic extraction loaded through the importer's own load stage, into the
 * benchmark's Neo4j instance. Loaded once and reused while its sizes match.
 */
import type { Database } from '../../../src/db/database.js';
import { applySchema } from '../../../src/db/schema.js';
import { emptyCuration } from '../../../importer/curate/curation.js';
import { loadExtraction } from '../../../importer/load/loadExtraction.js';
import { generateSyntheticExtraction } from '../synthetic.js';

export interface GraphSize {
  entities: number;
  relations: number;
}

const COUNTS = `
MATCH (e:Entity) WITH count(e) AS entities
OPTIONAL MATCH (d:Document {id: 'doc-0'}) WITH entities, d IS NOT NULL AS synthetic
RETURN entities, synthetic, COUNT { MATCH (e:Entity) WHERE e.nameFolded IS NULL } AS unfinished,
       EXISTS { MATCH ()-[r]->() WHERE r.evidence IS NOT NULL AND r.evidenceCount IS NULL } AS outdated`;

/** Loaded, completely, and by a load stage that wrote every property the queries read today. */
async function isLoaded(db: Database, size: GraphSize): Promise<boolean> {
  const [row] = await db.rows<{ entities: number; synthetic: boolean; unfinished: number; outdated: boolean }>(COUNTS);
  return row!.synthetic && row!.entities === size.entities && row!.unfinished === 0 && !row!.outdated;
}

export async function ensureSyntheticGraph(db: Database, size: GraphSize, log: (line: string) => void): Promise<void> {
  await applySchema(db);
  if (await isLoaded(db, size)) {
    log(`graph: synthetic graph of ${size.entities} entities already loaded, reused`);
    return;
  }
  log(`graph: generating ${size.entities} entities / ${size.relations} relations (seed 1) and loading them…`);
  const started = performance.now();
  const extraction = generateSyntheticExtraction({ ...size, seed: 1 });
  await loadExtraction(db, extraction, { curation: emptyCuration(), folders: [], reset: true, batchSize: 5000 });
  await db.autoCommit('CALL db.awaitIndexes(600)');
  log(`graph: loaded in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
