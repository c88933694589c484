/** Finds the mentions and stated relations of one segmented document. */
// FIRST CUT: placeholder until the extraction work lands.
import type { Knowledge } from '../lexicon/loadKnowledge.js';
import type { SegmentedDocument } from '../types.js';

export interface DocumentExtraction {
  document: SegmentedDocument;
}

export function extractDocument(document: SegmentedDocument, _knowledge: Knowledge): DocumentExtraction {
  return { document };
}
