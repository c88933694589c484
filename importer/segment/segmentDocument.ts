/** Splits a document's text into sentences and word tokens with exact offsets (first cut: Intl.Segmenter). */
import type { ReadDocument, Sentence, SegmentedDocument, Token } from '../types.js';

export function segmentDocument(doc: ReadDocument): SegmentedDocument {
  const sentenceSegmenter = new Intl.Segmenter(doc.language, { granularity: 'sentence' });
  const wordSegmenter = new Intl.Segmenter(doc.language, { granularity: 'word' });
  const sentences: Sentence[] = [];
  // Lines are hard boundaries: headings and list items in these documents carry no final stop.
  const lineRe = /[^\n]+/g;
  for (let line = lineRe.exec(doc.text); line; line = lineRe.exec(doc.text)) {
    for (const s of sentenceSegmenter.segment(line[0])) {
      const raw = s.segment;
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      if (!text) continue;
      const start = line.index + s.index + lead;
      const tokens: Token[] = [];
      for (const w of wordSegmenter.segment(text)) {
        if (w.isWordLike) tokens.push({ start: start + w.index, end: start + w.index + w.segment.length, text: w.segment });
      }
      sentences.push({ index: sentences.length, start, end: start + text.length, text, tokens });
    }
  }
  return { ...doc, sentences };
}
