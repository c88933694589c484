/**
 * `npm run dev`: the explorer with hot reload. Starts the local Neo4j if this project runs it, the API on HOST:PORT,
 * and Vite's dev server on src/ui, which proxies /api to that API (see vite.config.ts).
 */
import path from 'node:path';
import { createServer } from 'vite';
import { loadConfig, PROJECT_ROOT } from '../config.js';
import { Database } from '../db/database.js';
import { start } from '../db/local/localServer.js';
import { DatabaseUnavailableError } from '../errors.js';
import { buildApp } from '../server/app.js';
import { closeOnSignals, listen } from '../server/listen.js';

const log = (line: string) => console.log(line);

async function main(): Promise<void> {
  const config = loadConfig();
  if (config.neo4j.local) await start(config.neo4j, log);
  const db = new Database(config.neo4j);
  try {
    await db.verify();
  } catch (err) {
    if (!(err instanceof DatabaseUnavailableError)) throw err;
    // The explorer shows the failure and recovers once Neo4j answers.
    log(`warning: ${err.message}`);
  }
  // The API only: Vite serves the explorer from source.
  const app = await buildApp({ db, config, uiDir: null, logger: { level: 'warn' } });
  const apiUrl = await listen(app, config);
  closeOnSignals(app, db, log);

  // vite.config.ts reads PORT to proxy /api to the API started above.
  process.env.PORT = String(config.server.port);
  const vite = await createServer({ configFile: path.join(PROJECT_ROOT, 'vite.config.ts') });
  await vite.listen();
  const uiUrl = vite.resolvedUrls?.local[0] ?? '(see Vite output)';
  log(`API: ${apiUrl}api/`);
  log(`Impact Atlas explorer (hot reload): ${uiUrl}`);
  log('Ctrl-C stops both.');
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
