/**
 * Vitest global setup for tests that need Neo4j: uses NEO4J_TEST_URI when set, otherwise starts the project's own
 * "test" instance (or reuses it if up) and stops it afterwards if it started it. Tests wipe this database.
 */
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config.js';
import { start, stop } from '../../src/db/local/localServer.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jEnv: Record<string, string>;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const e = process.env;
  const env: NodeJS.ProcessEnv = {
    ...e,
    NEO4J_URI: e.NEO4J_TEST_URI ?? '',
    NEO4J_INSTANCE: e.NEO4J_TEST_INSTANCE ?? 'test',
    NEO4J_BOLT_PORT: e.NEO4J_TEST_BOLT_PORT ?? '',
    NEO4J_HTTP_PORT: e.NEO4J_TEST_HTTP_PORT ?? '',
  };
  const config = loadConfig(env);
  let started = false;
  if (config.neo4j.local) started = (await start(config.neo4j, (l) => console.log(`[test setup] ${l}`))).started;
  project.provide('neo4jEnv', {
    NEO4J_URI: config.neo4j.uri,
    NEO4J_USER: config.neo4j.user,
    NEO4J_PASSWORD: config.neo4j.password,
    NEO4J_DATABASE: config.neo4j.database,
  });
  return async () => {
    if (started) await stop(config.neo4j, (l) => console.log(`[test teardown] ${l}`));
  };
}
