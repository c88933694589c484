import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorrections } from '../../../../importer/curate/loadCorrections.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-corrections-'));
const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
};

describe('loadCorrections', () => {
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads every kind of correction and knows the line of each', () => {
    const c = loadCorrections(
      write('ok.yaml', '# corrections\nmerge:\n  - {from: a-b, into: c}\nadd:\n  - source: c\n    type: FUNDED_BY\n    target: d\n    note: Annual report 2025\n'),
    );
    expect(c.merge).toEqual([{ from: 'a-b', into: 'c' }]);
    expect(c.add).toEqual([{ source: 'c', type: 'FUNDED_BY', target: 'd', note: 'Annual report 2025', language: 'en' }]);
    expect(c.lineOf('merge', 0)).toBe(3);
    expect(c.lineOf('add', 0)).toBe(5);
  });

  it('names file and line of an invalid value', () => {
    const file = write('bad.yaml', 'retype:\n  - entity: a\n    type: Company\n');
    expect(() => loadCorrections(file)).toThrow(/bad\.yaml:3: "retype\.0\.type"/);
  });

  it('names file and line of a YAML syntax error and of an unknown kind of correction', () => {
    expect(() => loadCorrections(write('syntax.yaml', 'merge:\n  - {from: a, into: b\n'))).toThrow(/syntax\.yaml:\d+: /);
    expect(() => loadCorrections(write('kind.yaml', 'merge: []\ndelete:\n  - a\n'))).toThrow(/kind\.yaml:\d+: .*delete/);
  });

  it('a missing or empty file means no corrections', () => {
    expect(loadCorrections(path.join(dir, 'absent.yaml')).merge).toEqual([]);
    expect(loadCorrections(write('empty.yaml', '# nothing yet\n')).add).toEqual([]);
  });
});
