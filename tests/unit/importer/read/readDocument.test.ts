import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../../../importer/read/readDocument.js';
import { makePdf } from './makePdf.js';

const fixtures = path.resolve(import.meta.dirname, '../../../fixtures/read');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'read-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('readDocument', () => {
  it('keeps the article of an HTML page and drops navigation, scripts, cookie banner, captions and comments', async () => {
    const doc = await readDocument(path.join(fixtures, 'article.html'));
    expect(doc.fatal).toBe(false);
    expect(doc.text.split('\n\n')).toEqual([
      'Byhaver i Aalborg',
      'Foreningen Grøn Nabo har åbnet tre nye byhaver i Aalborg sammen med boligselskabet Himmerland.',
      'Støtte fra fonden',
      'Projektet har fået støtte fra Fonden for Grønne Byer.',
      'Det løber i to år.',
      'Kompost',
      'Regnvand',
    ]);
    expect(doc).toMatchObject({ title: 'Byhaver i Aalborg', language: 'da', date: '2024-03-11', source: 'https://example.org/byhaver' });
  });

  it('takes Markdown front matter as metadata and strips the markup', async () => {
    const doc = await readDocument(path.join(fixtures, 'article.md'));
    expect(doc).toMatchObject({ title: 'Sosiale entreprenører i Trondheim', language: 'nb', date: '2024-01-20', source: 'https://example.org/trondheim' });
    expect(doc.text).toBe(
      'Sosiale entreprenører i Trondheim\n\nStiftelsen Nabolagshjelpen har fått midler fra Trøndelag fylkeskommune til et nytt prosjekt.\n\n– Leksehjelp\n– Språkkafé',
    );
  });

  it('reads the text of a PDF page by page', async () => {
    const file = path.join(tmp, 'solkraft.pdf');
    fs.writeFileSync(file, makePdf([['Solkraft Andelslag bygger solceller i Kalmar och samarbetar med kommunen.'], ['Energimyndigheten stöder projektet under två år.']], 'Solkraft i Kalmar'));
    const doc = await readDocument(file);
    expect(doc).toMatchObject({ id: 'solkraft', title: 'Solkraft i Kalmar', language: 'sv', fatal: false });
    expect(doc.text).toBe('Solkraft Andelslag bygger solceller i Kalmar och samarbetar med kommunen.\n\nEnergimyndigheten stöder projektet under två år.');
  });

  it('removes web furniture from plain text by general rules, keeping the article', async () => {
    const file = path.join(tmp, 'furniture.txt');
    const article = 'Grannkraft och Luleå kommun ordnar grannskapsdagar varje vår.\n\nFler än 300 personer deltog i fjol.';
    fs.writeFileSync(file, `Hoppa till innehåll\n\n${article}\n\nDela på Facebook\n\n3 kommentarer\n\nAnna: Vi var där, fint!\n\nLämna ett svar\n\nDin e-postadress kommer inte publiceras. Obligatoriska fält är märkta *\n\nTill toppen\n`);
    const doc = await readDocument(file);
    expect(doc.text).toBe(article);
    expect(doc.title).toBe('Grannkraft och Luleå kommun ordnar grannskapsdagar varje vår.');
  });

  it('prefers a sidecar over detected metadata, and uses the file name as id', async () => {
    const file = path.join(tmp, 'kort.txt');
    fs.writeFileSync(file, 'Stiftelsen Havsljus har kontor i Göteborg.\n');
    fs.writeFileSync(path.join(tmp, 'kort.meta.yaml'), 'title: Havsljus\nlanguage: sv\nsource: https://example.org/h\ndate: "2023-09-01"\n');
    const doc = await readDocument(file);
    expect(doc).toMatchObject({ id: 'kort', title: 'Havsljus', language: 'sv', source: 'https://example.org/h', date: '2023-09-01' });
    expect(doc.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('normalises line endings and composes characters so offsets and names agree', async () => {
    const file = path.join(tmp, 'crlf.txt');
    fs.writeFileSync(file, 'Fjordlaget Sjo\u0308lyst samarbeider med kommunen.\r\nDe har kontor i Bergen.\r\n');
    const doc = await readDocument(file);
    expect(doc.text).toBe('Fjordlaget Sjölyst samarbeider med kommunen.\nDe har kontor i Bergen.');
  });
});
