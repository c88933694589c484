/** Splits a document's text into sentences and tokens whose offsets point exactly into `doc.text`. */
import type { ReadDocument, Sentence, SegmentedDocument } from '../types.js';
import { checkDeadline } from '../extract/deadline.js';
import { loadAbbreviations, type AbbreviationSets } from './segmentingKnowledge.js';
import { MAX_SENTENCE_CHARS, splitSentences } from './splitSentences.js';
import { textBlocks } from './textBlocks.js';
import { tokenize } from './tokenize.js';

export function segmentDocument(doc: ReadDocument, abbreviations: AbbreviationSets = loadAbbreviations()): SegmentedDocument {
  const sentences: Sentence[] = [];
  let cut = 0;
  for (const block of textBlocks(doc.text)) {
    checkDeadline('segment');
    const split = splitSentences(doc.text, block.start, block.end, doc.language, abbreviations[doc.language]);
    cut += split.cut;
    for (const span of split.spans) {
      const text = doc.text.slice(span.start, span.end);
      sentences.push({ index: sentences.length, start: span.start, end: span.end, text, tokens: tokenize(text, span.start) });
    }
  }
  if (!cut) return { ...doc, sentences };
  const message = `${cut} sentence${cut === 1 ? '' : 's'} cut at a space after at most ${MAX_SENTENCE_CHARS} characters without a sentence end`;
  return { ...doc, sentences, diagnostics: [...doc.diagnostics, { severity: 'warning', stage: 'segment', file: doc.path, message }] };
}
