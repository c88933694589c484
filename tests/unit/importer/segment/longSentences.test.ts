import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../../../../importer/segment/segmentDocument.js';
import { MAX_SENTENCE_CHARS } from '../../../../importer/segment/splitSentences.js';
import type { ReadDocument } from '../../../../importer/types.js';

const doc = (text: string): ReadDocument => ({
  id: 't', path: 't.txt', title: 't', language: 'en', source: null, date: null, contentHash: '', text, diagnostics: [], fatal: false,
});

describe('segmentDocument: text without sentence ends', () => {
  it('cuts a line without stops into sentences of at most MAX_SENTENCE_CHARS at spaces, with one warning', () => {
    const text = Array.from({ length: 3000 }, (_, i) => `Nordic Hub ${i} met the Arctic Network`).join(', ');
    const s = segmentDocument(doc(text));
    expect(s.sentences.length).toBeGreaterThan(text.length / MAX_SENTENCE_CHARS);
    for (const x of s.sentences) {
      expect(x.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(text.slice(x.start, x.end)).toBe(x.text);
      expect(x.text).toBe(x.text.trim());
    }
    // Every word is in exactly one sentence, none cut in two.
    expect(s.sentences.flatMap((x) => x.text.split(' '))).toEqual(text.split(' '));
    expect(s.diagnostics).toEqual([
      { severity: 'warning', stage: 'segment', file: 't.txt', message: `${s.sentences.length - 1} sentences cut at a space after at most 2000 characters without a sentence end` },
    ]);
  });

  it('finds the same sentences in a block far longer than the segmenter window as in its paragraphs alone', () => {
    const paragraph = 'Dr. Kari L. Berg leads the Nordic Hub. It works with e.g. Vestby Kommune! Does it? Yes. ';
    const long = segmentDocument(doc(paragraph.repeat(400).trim())).sentences.map((x) => x.text);
    const alone = segmentDocument(doc(paragraph.trim())).sentences.map((x) => x.text);
    expect(alone).toEqual(['Dr. Kari L. Berg leads the Nordic Hub.', 'It works with e.g. Vestby Kommune!', 'Does it?', 'Yes.']);
    expect(long).toEqual(Array.from({ length: 400 }, () => alone).flat());
    expect(segmentDocument(doc(paragraph.repeat(400))).diagnostics).toEqual([]);
  });

  it('cuts a run of one long word at the limit, not past it', () => {
    const s = segmentDocument(doc('x'.repeat(5000)));
    expect(s.sentences.map((x) => x.text.length)).toEqual([2000, 2000, 1000]);
  });
});
