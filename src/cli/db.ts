/** `npm run db:start|db:stop|db:status`: the local Neo4j server the project provisions. */
import { loadConfig, type Neo4jConfig } from '../config.js';
import { Database } from '../db/database.js';
import { start, status, stop } from '../db/local/localServer.js';

const log = (line: string) => console.log(line);

async function verifyRemote(config: Neo4jConfig): Promise<void> {
  const db = new Database(config);
  try {
    await db.verify();
  } finally {
    await db.close();
  }
}

async function main(command: string | undefined): Promise<number> {
  const config = loadConfig();
  if (!config.neo4j.local) {
    // Nothing is changed on a server the project does not run, but a wrong password or address is said at once.
    if (command === 'start' || command === 'status') await verifyRemote(config.neo4j);
    log(`neo4j: NEO4J_URI is set (${config.neo4j.uri}); that server is managed outside this project, nothing to ${command ?? 'do'}`);
    return 0;
  }
  switch (command) {
    case 'start':
      await start(config.neo4j, log);
      return 0;
    case 'stop':
      await stop(config.neo4j, log);
      return 0;
    case 'status': {
      const s = await status(config.neo4j);
      log(
        s.running
          ? `neo4j: running (pid ${s.pid}) at ${s.uri}, Bolt ${s.boltAnswers ? 'answers' : 'not answering yet'}; log ${s.logFile}`
          : `neo4j: not running (instance "${config.neo4j.local.instance}", ${s.uri})`,
      );
      return s.running ? 0 : 3;
    }
    default:
      console.error('usage: tsx src/cli/db.ts start|stop|status');
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(err.message);
    process.exit(1);
  },
);
