import { describe, expect, it } from 'vitest';
import { readHtml } from '../../../../importer/read/formats/html.js';
import { readMarkdown } from '../../../../importer/read/formats/markdown.js';
import { loadReadingKnowledge } from '../../../../importer/read/readingKnowledge.js';

const k = loadReadingKnowledge();

describe('reading markup nested or broken far beyond any article', () => {
  it('reads the text, title and language of a page nested 40,000 elements deep', () => {
    const depth = 20_000;
    const page = `<html lang="sv"><head><title>Djup sida</title></head><body>${'<div><section>'.repeat(depth)}<p>Nordic Hub arbetar i Umeå.</p><p>Andra stycket.</p>${'</section></div>'.repeat(depth)}</body></html>`;
    const read = readHtml(page, k);
    expect(read.text).toBe('Nordic Hub arbetar i Umeå.\n\nAndra stycket.');
    expect(read.detected).toEqual({ title: 'Djup sida', language: 'sv' });
  });

  it('picks the longest of several articles, as before', () => {
    const read = readHtml('<body><article><p>Short.</p></article><article><p>The longer article text.</p></article></body>', k);
    expect(read.text).toBe('The longer article text.');
  });

  it('strips the closed markers of a line after a long line of unclosed ones, and keeps every word of both', () => {
    const broken = '**Nordic _Hub (Arctic `Green '.repeat(2000);
    const [first, second, ...rest] = readMarkdown(`${broken}\nand **bold** text with a [link](https://example.org).`).text.split('\n');
    expect(second).toBe('and bold text with a link.');
    expect(rest).toEqual([]);
    expect(first!.match(/Nordic Hub|Nordic _Hub/g)).toHaveLength(2000);
  });
});
