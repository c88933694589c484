import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pastedUpload, safeFileName, storeUploads } from '../../../../src/server/workbench/uploads.js';

const folder = () => fs.mkdtempSync(path.join(os.tmpdir(), 'uploads-'));

describe('safeFileName', () => {
  it('keeps the last path segment and only letters, digits, - and _', () => {
    expect(safeFileName('../../reports/Årsrapport 2025 (final).PDF')).toEqual({ stem: 'Årsrapport-2025-final', ext: '.pdf' });
    expect(safeFileName('C:\\Users\\x\\..\\notes.md')).toEqual({ stem: 'notes', ext: '.md' });
    expect(safeFileName('.hidden.txt')).toEqual({ stem: 'hidden', ext: '.txt' });
    expect(safeFileName('(((.txt')).toEqual({ stem: 'document', ext: '.txt' });
  });

  it('refuses other file types and names without an extension', () => {
    expect(() => safeFileName('../../etc/passwd')).toThrow(/"\.\.\/\.\.\/etc\/passwd": only \.txt/);
    expect(() => safeFileName('photo.png')).toThrow(expect.objectContaining({ statusCode: 415 }));
  });
});

describe('storeUploads', () => {
  it('writes new documents, numbers a taken name, and leaves content the corpus holds alone', () => {
    const dir = folder();
    fs.writeFileSync(path.join(dir, 'notes.md'), 'old notes');
    const stored = storeUploads(dir, [
      { name: 'notes.txt', bytes: Buffer.from('new notes') },
      { name: 'copy.md', bytes: Buffer.from('old notes') },
      pastedUpload({ title: 'A title', text: 'Pasted text.', language: 'en' }),
    ]);
    expect(stored.map((s) => [path.basename(s.file), s.unchanged])).toEqual([['notes-2.txt', false], ['notes.md', true], ['A-title.txt', false]]);
    expect(fs.readdirSync(dir).sort()).toEqual(['A-title.meta.yaml', 'A-title.txt', 'notes-2.txt', 'notes.md']);
    expect(fs.readFileSync(path.join(dir, 'A-title.meta.yaml'), 'utf8')).toBe('title: A title\nlanguage: en\n');
  });

  it('checks every file before writing any: one bad file refuses the request', () => {
    const dir = folder();
    const good = { name: 'good.txt', bytes: Buffer.from('fine') };
    expect(() => storeUploads(dir, [good, { name: 'bad.txt', bytes: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00]) }])).toThrow(/"bad\.txt" holds binary data/);
    expect(() => storeUploads(dir, [good, { name: 'bad.pdf', bytes: Buffer.from('<html>') }])).toThrow(/does not start like a PDF/);
    expect(() => storeUploads(dir, [])).toThrow(/no document in the request/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
