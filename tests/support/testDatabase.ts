/** The database integration tests run against (provided by the global setup), and a way to empty it. */
import { inject } from 'vitest';
import { loadConfig, type Config } from '../../src/config.js';
import { Database } from '../../src/db/database.js';
import { applySchema } from '../../src/db/schema.js';

export function testEnv(): NodeJS.ProcessEnv {
  return { ...process.env, ...inject('neo4jEnv') };
}

export function testConfig(): Config {
  return loadConfig(testEnv());
}

export async function openTestDatabase(): Promise<Database> {
  const db = new Database(testConfig().neo4j);
  await applySchema(db);
  return db;
}

export async function wipe(db: Database): Promise<void> {
  await db.autoCommit('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
}
