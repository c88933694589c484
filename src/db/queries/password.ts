/** The connected user's own password; the statement runs against the system database. */
import type { Database } from '../database.js';

export async function changeOwnPassword(system: Database, from: string, to: string): Promise<void> {
  await system.autoCommit('ALTER CURRENT USER SET PASSWORD FROM $from TO $to', { from, to });
}
