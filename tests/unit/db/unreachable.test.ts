import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { Database } from '../../../src/db/database.js';
import { DatabaseUnavailableError } from '../../../src/errors.js';

describe('Neo4j unreachable', () => {
  it('fails with a one-line error naming the URI and what to do', async () => {
    // Port 1 on loopback is never a Neo4j server: the connection is refused at once.
    const db = new Database(loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:1' }).neo4j);
    try {
      const err = await db.verify().then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(DatabaseUnavailableError);
      const message = (err as Error).message;
      expect(message).not.toContain('\n');
      expect(message).toContain('bolt://127.0.0.1:1');
      expect(message).toMatch(/npm run db:start|NEO4J_URI/);
    } finally {
      await db.close();
    }
  });
});
