import { describe, expect, it } from 'vitest';
import { cypherScript, cypherString, cypherValue } from '../../../../src/server/export/cypher.js';

describe('Cypher literals', () => {
  it('escapes quotes, backslashes, line breaks and control characters so a value cannot end its string', () => {
    expect(cypherString("it's")).toBe("'it\\'s'");
    expect(cypherString("a'}) DETACH DELETE n //")).toBe("'a\\'}) DETACH DELETE n //'");
    expect(cypherString('back\\slash\nnew\u0000')).toBe("'back\\\\slash\\nnew\\u0000'");
  });

  it('writes lists and maps, quoting keys that are not plain names, and keeps confidence a float', () => {
    expect(cypherValue({ id: 'x', 'odd key': [1, 'a'], confidence: 1, degree: 3 })).toBe("{id: 'x', `odd key`: [1, 'a'], confidence: 1.0, degree: 3}");
  });
});

describe('cypherScript', () => {
  it('puts one statement per line and takes labels and types only from the enums', () => {
    const script = cypherScript(
      [{ id: 'a', type: 'Organisation', properties: { id: 'a', name: 'line\nbreak; here' } }],
      [{ id: 'a>PARTNERS_WITH>b', source: 'a', target: 'b', type: 'PARTNERS_WITH', properties: { confidence: 0.5 } }],
    );
    const statements = script.split(';\n').filter((s) => s.trim());
    expect(statements).toHaveLength(3);
    expect(statements[0]).toMatch(/^\/\/ Impact Atlas subgraph: 1 entities, 1 relationships.*\nCREATE CONSTRAINT entity_id/);
    expect(statements[1]).toContain("name: 'line\\nbreak; here'");
    expect(statements[1]).toContain('e:Organisation');
    expect(statements[2]).toContain('[r:PARTNERS_WITH {id: row.id}]');
    expect(() => cypherScript([{ id: 'a', type: 'Org`) DELETE', properties: {} }], [])).toThrow();
  });
});
