/** Starts a built app on the configured host and port, and closes it and the database on Ctrl-C or SIGTERM. */
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { accessNotices } from './access/accessControl.js';

/**
 * Listens, prints how the server is exposed, and returns the URL to print (a wildcard host is shown as 127.0.0.1,
 * which is reachable).
 */
export async function listen(app: FastifyInstance, config: Config, log: (line: string) => void = console.log): Promise<string> {
  const { host, port } = config.server;
  await app.listen({ host, port });
  for (const line of accessNotices(config)) log(line);
  const shown = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${port}/`;
}

/** On the first SIGINT or SIGTERM: stop taking requests, finish those under way, close the driver, exit 0. */
export function closeOnSignals(app: FastifyInstance, db: Database, log: (line: string) => void): void {
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log(`${signal}: closing the server and the Neo4j driver`);
    await app.close().catch(() => {});
    await db.close().catch(() => {});
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}
