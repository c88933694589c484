/**
 * `npm start`, the main job: Neo4j up (the project's own instance unless NEO4J_URI is set), schema applied, the
 * sample corpus imported (unchanged documents are skipped), the explorer built if needed, the server started.
 */
import { loadConfig } from '../config.js';
import { Database } from '../db/database.js';
import { start as startNeo4j } from '../db/local/localServer.js';
import { buildApp, DEFAULT_UI_DIR } from '../server/app.js';
import { ensureExplorerBuilt } from '../server/explorerBuild.js';
import { closeOnSignals, listen } from '../server/listen.js';
import { DEFAULT_DOCUMENTS, importCorpus } from '../../importer/importCorpus.js';
import { limitHeapGrowth } from '../../importer/cli/importHeap.js';
import { formatSummary } from '../../importer/load/importSummary.js';

const log = (line: string) => console.log(line);

async function main(): Promise<void> {
  // As `npm run import` does: the corpus may be large, and the workbench imports again in this process.
  limitHeapGrowth();
  const config = loadConfig();
  if (config.neo4j.local) await startNeo4j(config.neo4j, log);
  else log(`neo4j: using ${config.neo4j.uri} (NEO4J_URI), database "${config.neo4j.database}"`);

  // importCorpus checks the connection and applies the schema before it writes anything.
  const db = new Database(config.neo4j);

  log(`import: ${DEFAULT_DOCUMENTS}`);
  const summary = await importCorpus(db, { paths: [DEFAULT_DOCUMENTS] });
  log(formatSummary(summary));
  const errors = summary.diagnostics.filter((d) => d.severity === 'error');
  for (const d of errors) log(`  ${d.file}${d.line ? `:${d.line}` : ''}: ${d.message}`);
  if (summary.diagnostics.length > errors.length) {
    log(`import: ${summary.diagnostics.length - errors.length} warnings (npm run import prints them all)`);
  }

  const explorer = await ensureExplorerBuilt(DEFAULT_UI_DIR, log);
  if (explorer === 'no sources') log('explorer: src/ui/index.html is missing, so only the API is served');

  const app = await buildApp({ db, config, logger: { level: 'warn' } });
  const url = await listen(app, config);
  closeOnSignals(app, db, log);
  log('');
  log(explorer === 'no sources' ? `Impact Atlas API: ${url}api/` : `Impact Atlas explorer: ${url}`);
  log(`API description: ${url}api/openapi.json`);
  log(
    config.neo4j.local
      ? 'Ctrl-C stops the server; Neo4j keeps running ("npm run db:stop" stops it).'
      : 'Ctrl-C stops the server.',
  );
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
