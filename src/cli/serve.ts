/** `npm run serve`: the API and the built explorer only; Neo4j must be running (it is not started here). */
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config.js';
import { Database } from '../db/database.js';
import { DatabaseUnavailableError } from '../errors.js';
import { buildApp, DEFAULT_UI_DIR } from '../server/app.js';
import { closeOnSignals, listen } from '../server/listen.js';

const log = (line: string) => console.log(line);

async function main(): Promise<void> {
  const config = loadConfig();
  const db = new Database(config.neo4j);
  try {
    const { version } = await db.verify();
    log(`neo4j: ${version} at ${config.neo4j.uri}, database "${config.neo4j.database}"`);
  } catch (err) {
    if (!(err instanceof DatabaseUnavailableError)) throw err;
    // Serve anyway: routes answer 503 until Neo4j is back, then recover on their own.
    log(`warning: ${err.message}`);
  }
  const app = await buildApp({ db, config, logger: { level: 'warn' } });
  const url = await listen(app, config);
  closeOnSignals(app, db, log);
  const explorer = fs.existsSync(path.join(DEFAULT_UI_DIR, 'index.html'));
  log(explorer ? `Impact Atlas explorer: ${url}` : `Impact Atlas API: ${url}api/ (no built explorer in dist/ui: run "npm run build")`);
  log('Ctrl-C stops the server.');
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
