import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../../../importer/read/readDocument.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'document-date-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function read(name: string, text: string, sidecar?: string) {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, text);
  if (sidecar !== undefined) fs.writeFileSync(file.replace(/\.[^.]+$/, '.meta.yaml'), sidecar);
  return readDocument(file);
}

const body = 'Grönt Nätverk samarbetar med Malmö stad om återbruk och arbetsträning i flera stadsdelar.';

describe('the document date', () => {
  it('comes from the sidecar as ISO, a timestamp cut to its day', async () => {
    expect((await read('a.txt', body, 'date: "2024-03-12T08:00:00+01:00"\n')).date).toBe('2024-03-12');
  });

  it('reads a metadata date written out in the language ("12 mars 2024")', async () => {
    expect((await read('b.md', `---\ntitle: Nyhet\nlanguage: sv\ndate: 12 mars 2024\n---\n${body}\n`)).date).toBe('2024-03-12');
  });

  it('comes from the JSON-LD datePublished of a page, else its <time datetime>', async () => {
    const ld = '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2024-02-06T10:00:00Z"}]}</script>';
    expect((await read('c.html', `<html lang="sv"><head>${ld}</head><body><article><p>${body}</p></article></body></html>`)).date).toBe('2024-02-06');
    const time = '<p><time datetime="2023-11-30">30 november</time></p>';
    expect((await read('d.html', `<html lang="sv"><body><article>${time}<p>${body}</p></article></body></html>`)).date).toBe('2023-11-30');
  });

  it('comes from a dated line at the top, even one the furniture remover drops', async () => {
    const doc = await read('e.txt', `Nyhet · 2024-02-06\n\n${body}\n`);
    expect(doc.date).toBe('2024-02-06');
    expect(doc.text).not.toContain('2024-02-06');
    expect((await read('f.txt', `Publicerad 12 mars 2024\n\n${body}\n`)).date).toBe('2024-03-12');
    expect((await read('g.txt', `Publisert 3. februar 2026 | Oppdatert 4. februar 2026\n\nGründerhuset Kilden AS leder prosjektet sammen med Sandefjord kommune.\n`)).date).toBe('2026-02-03');
  });

  it('is the one year a title names when nothing else dates the document, else none', async () => {
    expect((await read('h.txt', `Årsrapport 2025\n\n${body}\n`)).date).toBe('2025');
    expect((await read('i.txt', `${body}\n`)).date).toBeNull();
  });
});
