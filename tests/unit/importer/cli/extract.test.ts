import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractCommand } from '../../../../importer/cli/extractCommand.js';
import { ExtractionSchema } from '../../../../src/model/index.js';
import { captureIo } from './captureIo.js';
import { runImporterCli, CLI_TEST_TIMEOUT_MS } from './runImporterCli.js';

const fixtures = path.resolve(import.meta.dirname, '../../../fixtures/bad-input');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-cli-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('npm run extract', { timeout: CLI_TEST_TIMEOUT_MS }, () => {
  it('extracts the good files of a batch of bad input, names every bad file on stderr and exits 1', async () => {
    fs.cpSync(fixtures, tmp, { recursive: true });
    fs.writeFileSync(path.join(tmp, 'binary.txt'), Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0, 0, 8]));
    fs.writeFileSync(path.join(tmp, 'latin1.txt'), Buffer.from([0x53, 0x6b, 0xe5, 0x6e, 0x65, 0x0a]));
    fs.writeFileSync(path.join(tmp, 'huge.txt'), Buffer.alloc(20 * 1024 * 1024, 'a'));
    fs.writeFileSync(path.join(tmp, 'second.md'), '# Et nytt fellesskap\n\nForeningen Bydelsløftet samarbeider med kommunen i Tromsø.\n');

    const { out, io } = captureIo();
    expect(await extractCommand([tmp, path.join(tmp, 'missing.txt')], io)).toBe(1);
    const printed = JSON.parse(out.stdout);
    expect(Object.keys(printed)).toEqual(['documents', 'entities', 'relations', 'coMentions', 'diagnostics']);
    expect(ExtractionSchema.parse(printed).documents.map((d) => d.id)).toEqual(['good', 'second']);
    // A place the gazetteer knows also carries its coordinates, a dated event or relation its dates.
    const optional = (o: object, keys: string[]) => keys.filter((k) => k in o);
    for (const e of printed.entities) expect(Object.keys(e)).toEqual(['id', 'name', 'type', 'aliases', ...optional(e, ['location', 'dates'])]);
    for (const r of printed.relations) expect(Object.keys(r)).toEqual(['source', 'target', 'type', 'confidence', 'evidence', ...optional(r, ['dates'])]);
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
      expect(out.stderr.split('\n').find((l) => l.includes(path.join(tmp, file)))).toContain(problem);
    }
    expect(printed.diagnostics).toHaveLength(expected.length);
  });

  it('prints a table with --format table', async () => {
    const { out, io } = captureIo();
    expect(await extractCommand(['--format', 'table', path.join(fixtures, 'good.txt')], io)).toBe(0);
    expect(out.stdout).toMatch(/^1 documents, \d+ entities/);
  });

  it('answers a usage error with the usage and exit code 2', async () => {
    for (const args of [[], ['--format', 'xml', 'x.txt'], ['--frobnicate', 'x.txt']]) {
      const { out, io } = captureIo();
      expect(await extractCommand(args, io)).toBe(2);
      expect(out.stderr).toContain('usage: npm run extract');
      expect(out.stdout).toBe('');
    }
  });

  it('as a process, exits with the command code: 0 when every document was read, 2 on a usage error', () => {
    const ok = runImporterCli('extract', [path.join(fixtures, 'good.txt')]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).documents).toHaveLength(1);
    expect(runImporterCli('extract', ['--frobnicate']).code).toBe(2);
  });
});
