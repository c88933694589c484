import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/db/database.js';
import { applySchema, describeSchema } from '../../../src/db/schema.js';
import { openTestDatabase, wipe } from '../../support/testDatabase.js';

describe('schema migrations', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
    await wipe(db);
  });
  afterAll(async () => db.close());

  it('applying the schema twice changes nothing', async () => {
    const before = await describeSchema(db);
    await applySchema(db);
    expect(await describeSchema(db)).toEqual(before);
    expect(before.some((d) => d.startsWith('entity_id:'))).toBe(true);
    expect(before.some((d) => d.startsWith('entity_names:FULLTEXT'))).toBe(true);
  });

  it('creates again an index dropped since, and leaves the others as they are', async () => {
    const before = await describeSchema(db);
    await db.autoCommit('DROP INDEX entity_degree');
    expect((await describeSchema(db)).some((d) => d.startsWith('entity_degree:'))).toBe(false);
    await applySchema(db);
    expect(await describeSchema(db)).toEqual(before);
  });

  it('refuses a second entity with the same id', async () => {
    await db.write((tx) => tx.run('CREATE (:Entity {id: $id, name: $name})', { id: 'dup-id', name: 'First' }));
    await expect(
      db.write((tx) => tx.run('CREATE (:Entity {id: $id, name: $name})', { id: 'dup-id', name: 'Second' })),
    ).rejects.toThrow(/already exists/);
    const rows = await db.rows<{ n: number }>('MATCH (e:Entity {id: $id}) RETURN count(e) AS n', { id: 'dup-id' });
    expect(rows[0]!.n).toBe(1);
  });
});
