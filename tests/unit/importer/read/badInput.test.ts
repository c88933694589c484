import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDocument, MAX_FILE_BYTES } from '../../../../importer/read/readDocument.js';
import { readDocuments } from '../../../../importer/read/readDocuments.js';

const fixtures = path.resolve(import.meta.dirname, '../../../fixtures/bad-input');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bad-input-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const write = (name: string, bytes: Uint8Array | string) => {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, bytes);
  return file;
};

async function problem(file: string) {
  const doc = await readDocument(file);
  expect(doc.fatal).toBe(true);
  expect(doc.diagnostics).toHaveLength(1);
  return doc.diagnostics[0]!;
}

describe('bad input gives one diagnostic naming the file and the problem', () => {
  it('an empty file', async () => {
    const file = path.join(fixtures, 'empty.txt');
    expect(await problem(file)).toMatchObject({ severity: 'error', stage: 'read', file, message: 'empty file' });
  });

  it('a binary file renamed .txt', async () => {
    const file = write('photo.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    expect(await problem(file)).toMatchObject({ file, message: expect.stringMatching(/^binary file/) });
  });

  it('control characters without NUL bytes are binary too', async () => {
    const file = write('control.txt', Buffer.from('ab\x01\x02\x03\x04cd\x05\x06'.repeat(20)));
    expect((await problem(file)).message).toMatch(/binary file \(too many control characters\)/);
  });

  it('invalid UTF-8, with the byte offset and line', async () => {
    const bytes = Buffer.concat([Buffer.from('Første linje.\nAndre linje med '), Buffer.from([0xe6, 0x72]), Buffer.from('re.\n')]);
    const file = write('latin1.txt', bytes);
    const offset = Buffer.byteLength('Første linje.\nAndre linje med ');
    expect(await problem(file)).toMatchObject({ file, offset, line: 2, message: `invalid UTF-8 at byte ${offset} (line 2); save the file as UTF-8` });
  });

  it('a 20 MB file is too large', async () => {
    const file = path.join(tmp, 'huge.txt');
    fs.writeFileSync(file, Buffer.alloc(20 * 1024 * 1024, 'a'));
    expect(MAX_FILE_BYTES).toBeLessThan(20 * 1024 * 1024);
    expect(await problem(file)).toMatchObject({ file, message: 'too large (20.0 MB > 10.0 MB limit)' });
  });

  it('an unknown extension', async () => {
    const file = path.join(fixtures, 'notes.docx');
    expect((await problem(file)).message).toBe('unsupported file type ".docx" (reads .txt, .md, .html, .htm, .pdf)');
  });

  it('a malformed sidecar, naming the sidecar and its line', async () => {
    const diagnostic = await problem(path.join(fixtures, 'bad-sidecar.txt'));
    expect(diagnostic).toMatchObject({ file: path.join(fixtures, 'bad-sidecar.meta.yaml'), line: 2 });
    expect(diagnostic.message).toMatch(/^invalid metadata: "language"/);
  });

  it('malformed front matter, naming the line in the Markdown file', async () => {
    const file = path.join(fixtures, 'bad-front-matter.md');
    const diagnostic = await problem(file);
    expect(diagnostic).toMatchObject({ file, line: 5 });
    expect(diagnostic.message).toMatch(/autor/);
  });

  it('a file that is not a PDF inside', async () => {
    const file = write('report.pdf', 'this is not a pdf');
    expect((await problem(file)).message).toMatch(/^not a readable PDF/);
  });

  it('a missing path', async () => {
    const [doc] = await readDocuments([path.join(tmp, 'nowhere')]);
    expect(doc).toMatchObject({ fatal: true, diagnostics: [{ message: 'no such file or folder' }] });
  });
});

describe('readDocuments', () => {
  it('reads the good files of a batch that also holds bad ones', async () => {
    const docs = await readDocuments([fixtures]);
    const good = docs.filter((d) => !d.fatal);
    expect(good.map((d) => d.id)).toEqual(['good']);
    expect(good[0]).toMatchObject({ language: 'nb', diagnostics: [] });
    expect(docs.filter((d) => d.fatal).map((d) => path.basename(d.path)).sort()).toEqual([
      'bad-front-matter.md',
      'bad-sidecar.txt',
      'empty.txt',
      'notes.docx',
    ]);
  });
});
