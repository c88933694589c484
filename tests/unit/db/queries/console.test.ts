import { describe, expect, it } from 'vitest';
import { assertReadOnly } from '../../../../src/db/queries/console.js';

describe('assertReadOnly', () => {
  it('names the first write clause it finds', () => {
    expect(() => assertReadOnly('MATCH (n) DETACH DELETE n')).toThrow('query: DETACH is not allowed: the console is read-only');
    expect(() => assertReadOnly('match (n) set n.x = 1')).toThrow(/SET is not allowed/);
    expect(() => assertReadOnly('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS')).toThrow(/DELETE is not allowed/);
    expect(() => assertReadOnly('LOAD  CSV FROM "x" AS r RETURN r')).toThrow(/LOAD CSV is not allowed/);
    expect(() => assertReadOnly('CALL dbms.killQuery("x")')).toThrow(/CALL DBMS is not allowed/);
  });

  it('accepts reads that merely contain clause words in strings, comments, names, properties and map keys', () => {
    for (const q of [
      "MATCH (n) WHERE n.name = 'CREATE' RETURN n",
      'MATCH (n) RETURN n.set, n.delete /* DROP */ // MERGE',
      'MATCH (n) RETURN {create: 1, remove: 2} AS m',
      'MATCH (`SET`) RETURN `SET`',
      'MATCH (settings:Entity) RETURN settings.created',
    ]) {
      expect(() => assertReadOnly(q), q).not.toThrow();
    }
  });
});
