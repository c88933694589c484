import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ExtractionSchema } from '../../../../src/model/index.js';
import { runImporterCli } from './runImporterCli.js';

const fixtures = path.resolve(import.meta.dirname, '../../../fixtures/bad-input');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-cli-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('npm run extract', () => {
  it('extracts the good files of a batch of bad input, names every bad file on stderr and exits 1', () => {
    fs.cpSync(fixtures, tmp, { recursive: true });
    fs.writeFileSync(path.join(tmp, 'binary.txt'), Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0, 0, 8]));
    fs.writeFileSync(path.join(tmp, 'latin1.txt'), Buffer.from([0x53, 0x6b, 0xe5, 0x6e, 0x65, 0x0a]));
    fs.writeFileSync(path.join(tmp, 'huge.txt'), Buffer.alloc(20 * 1024 * 1024, 'a'));
    fs.writeFileSync(path.join(tmp, 'second.md'), '# Et nytt fellesskap\n\nForeningen Bydelsløftet samarbeider med kommunen i Tromsø.\n');

    const { code, stdout, stderr } = runImporterCli('extract', [tmp, path.join(tmp, 'missing.txt')]);
    expect(code).toBe(1);
    const printed = JSON.parse(stdout);
    expect(Object.keys(printed)).toEqual(['documents', 'entities', 'relations', 'coMentions', 'diagnostics']);
    expect(ExtractionSchema.parse(printed).documents.map((d) => d.id)).toEqual(['good', 'second']);
    for (const e of printed.entities) expect(Object.keys(e)).toEqual(['id', 'name', 'type', 'aliases']);
    const expected: [string, string][] = [
      ['empty.txt', 'empty file'],
      ['binary.txt', 'binary file'],
      ['latin1.txt', 'invalid UTF-8 at byte 2'],
      ['huge.txt', 'too large (20.0 MB > 10.0 MB limit)'],
      ['notes.docx', 'unsupported file type ".docx"'],
      ['bad-sidecar.meta.yaml:2', 'invalid metadata'],
      ['bad-front-matter.md:5', 'invalid metadata'],
      ['missing.txt', 'no such file or folder'],
    ];
    for (const [file, problem] of expected) {
      expect(stderr).toContain(`${path.join(tmp, file)}`);
      expect(stderr.split('\n').find((l) => l.includes(path.join(tmp, file)))).toContain(problem);
    }
    expect(printed.diagnostics).toHaveLength(8);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('exits 0 when every document was read', () => {
    const { code, stdout } = runImporterCli('extract', ['--format', 'table', path.join(fixtures, 'good.txt')]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^1 documents, \d+ entities/);
  });

  it('exits 2 with the usage on a usage error', () => {
    for (const args of [[], ['--format', 'xml', 'x.txt'], ['--frobnicate', 'x.txt']]) {
      const { code, stderr, stdout } = runImporterCli('extract', args);
      expect(code).toBe(2);
      expect(stderr).toContain('usage: npm run extract');
      expect(stdout).toBe('');
    }
  });
});
