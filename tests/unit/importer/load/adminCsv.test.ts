import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../../src/config.js';
import { AdminCsvUnsupported, ARRAY_DELIMITER, CsvTable } from '../../../../importer/load/adminCsvTable.js';
import { ADMIN_MIN_ROWS, chooseLoadPath } from '../../../../importer/load/loadPath.js';
import { adminImportArguments } from '../../../../src/db/local/adminImport.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-admin-csv-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const table = (name: string) =>
  new CsvTable(path.join(dir, name), [
    { name: 'id', type: 'ID(Entity)' },
    { name: 'name', type: 'string' },
    { name: 'aliases', type: 'string[]' },
    { name: 'degree', type: 'long' },
    { name: 'location', type: 'point{crs:WGS-84}' },
  ]);

describe('neo4j-admin CSV tables', () => {
  it('writes a typed header, quotes strings (doubling quotes), leaves nulls empty and joins lists with U+001F', () => {
    const t = table('a.csv');
    expect(t.write(['a', 'Say "hi", then; go', ['x', 'y'], 3, { latitude: 59.5, longitude: 18 }])).toBe(2);
    expect(t.write(['b', '', [], 0, null])).toBe(3);
    t.close();
    expect(fs.readFileSync(t.file, 'utf8')).toBe(
      `id:ID(Entity),name,aliases:string[],degree:long,location:point{crs:WGS-84}\n` +
        `"a","Say ""hi"", then; go","x${ARRAY_DELIMITER}y",3,"{latitude:59.5,longitude:18}"\n` +
        `"b","",,0,\n`,
    );
    // neo4j-admin stores no property for an empty list: the load puts these back.
    expect(t.emptyLists).toEqual(new Map([['aliases', 1]]));
    expect(t.multiline).toBe(false);
  });

  it('counts physical lines past fields with line breaks, and marks the file multiline', () => {
    const t = table('b.csv');
    t.write(['a', 'one\ntwo\nthree', [], 1, null]);
    expect(t.write(['b', 'next', [], 1, null])).toBe(5);
    t.close();
    expect(t.multiline).toBe(true);
    expect(t.longestField).toBe('one\ntwo\nthree'.length);
  });

  it('refuses a list it cannot carry (an item holding the delimiter, a lone empty string)', () => {
    const t = table('c.csv');
    expect(() => t.write(['a', 'n', [`x${ARRAY_DELIMITER}y`], 1, null])).toThrow(AdminCsvUnsupported);
    expect(() => t.write(['a', 'n', [''], 1, null])).toThrow(/only an empty string/);
    t.close();
  });

  it('names the database before the file lists, which take every argument after them', () => {
    const args = adminImportArguments('neo4j', {
      nodes: [{ labels: ['Entity', 'Place'], file: '/x/e.csv' }],
      relationships: [{ type: 'MENTIONS', file: '/x/m.csv' }],
      arrayDelimiter: ARRAY_DELIMITER,
      multilineFiles: ['/x/d.csv'],
      readBufferSize: 4194304,
      reportFile: '/x/r',
    });
    expect(args.slice(0, 4)).toEqual(['database', 'import', 'full', 'neo4j']);
    expect(args).toEqual(expect.arrayContaining(['--array-delimiter=U+001F', '--nodes=Entity:Place=/x/e.csv', '--relationships=MENTIONS=/x/m.csv', '--multiline-fields=true']));
    expect(args.some((a) => a.startsWith('--multiline-fields-format'))).toBe(false);
  });
});

describe('load path choice', () => {
  const local = loadConfig({ NEO4J_URI: '' }).neo4j;
  const remote = loadConfig({ NEO4J_URI: 'bolt://db.example:7687' }).neo4j;
  it('takes neo4j-admin for a large first load on the local server, UNWIND below, and says why', () => {
    expect(chooseLoadPath(undefined, local, ADMIN_MIN_ROWS)).toMatchObject({ path: 'admin', reason: expect.stringMatching(/first load of [\d,]+ rows/) });
    expect(chooseLoadPath(undefined, local, ADMIN_MIN_ROWS - 1).path).toBe('unwind');
    expect(chooseLoadPath('unwind', local, 10 * ADMIN_MIN_ROWS).path).toBe('unwind');
    expect(chooseLoadPath('admin', local, 10).path).toBe('admin');
  });
  it('always loads a server at NEO4J_URI through UNWIND, warning when admin was asked for', () => {
    expect(chooseLoadPath(undefined, remote, 10 * ADMIN_MIN_ROWS)).toMatchObject({ path: 'unwind' });
    expect(chooseLoadPath('admin', remote, 10)).toMatchObject({ path: 'unwind', warning: expect.stringMatching(/NEO4J_URI is set/) });
  });
});
