/** Splits a document's text into sentences and tokens whose offsets point exactly into `doc.text`. */
import type { ReadDocument, Sentence, SegmentedDocument } from '../types.js';
import { loadAbbreviations, type AbbreviationSets } from './segmentingKnowledge.js';
import { splitSentences } from './splitSentences.js';
import { textBlocks } from './textBlocks.js';
import { tokenize } from './tokenize.js';

export function segmentDocument(doc: ReadDocument, abbreviations: AbbreviationSets = loadAbbreviations()): SegmentedDocument {
  const sentences: Sentence[] = [];
  for (const block of textBlocks(doc.text)) {
    for (const span of splitSentences(doc.text, block.start, block.end, doc.language, abbreviations[doc.language])) {
      const text = doc.text.slice(span.start, span.end);
      sentences.push({ index: sentences.length, start: span.start, end: span.end, text, tokens: tokenize(text, span.start) });
    }
  }
  return { ...doc, sentences };
}
