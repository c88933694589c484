/**
 * Which way a first load goes: `UNWIND` batches through Bolt, or `neo4j-admin database import full` into the store
 * files of the project's own local server. The admin path pays a fixed price (starting the server again, its schema,
 * launching neo4j-admin: about 20 s on two idle cores) and then writes rows about twice as fast, so it is chosen from
 * ADMIN_MIN_ROWS rows up (measured with `npm run bench:corpus` and `bench:load`, README "Load paths").
 */
import type { Neo4jConfig } from '../../src/config.js';

export type LoadPath = 'unwind' | 'admin';
export const LOAD_PATHS: readonly LoadPath[] = ['unwind', 'admin'];

/**
 * Rows (nodes and relationships, as loadExtraction counts them) from which the admin path is faster on this project's
 * machine: on the idle machine it ran at 0.47× UNWIND's speed at 218,354 rows (10 s of it a stop, since made 0.5 s),
 * about even at 1,126,418 (10,000 synthetic documents) and 1.2× at 1,775,200.
 */
export const ADMIN_MIN_ROWS = 1_000_000;

export interface LoadPathChoice {
  path: LoadPath;
  /** Why, in a phrase the summary prints. */
  reason: string;
  /** Set when the request could not be followed. */
  warning?: string;
}

export function chooseLoadPath(requested: LoadPath | undefined, config: Neo4jConfig, rows: number): LoadPathChoice {
  const size = `${rows.toLocaleString('en')} rows`;
  if (!config.local) {
    const reason = 'NEO4J_URI is set: neo4j-admin writes store files on the server\'s own disk while it is stopped, so a remote server loads through UNWIND';
    return requested === 'admin' ? { path: 'unwind', reason, warning: `--load-path admin ignored: ${reason}` } : { path: 'unwind', reason };
  }
  if (requested) return { path: requested, reason: `--load-path ${requested}, ${size}` };
  return rows >= ADMIN_MIN_ROWS
    ? { path: 'admin', reason: `first load of ${size} (from ${ADMIN_MIN_ROWS.toLocaleString('en')} neo4j-admin is faster)` }
    : { path: 'unwind', reason: `first load of ${size} (below ${ADMIN_MIN_ROWS.toLocaleString('en')} UNWIND is faster)` };
}
