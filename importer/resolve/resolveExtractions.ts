/** Merges the mentions of all documents into entities with stable ids and builds the final Extraction. */
// FIRST CUT: placeholder until the extraction work lands.
import type { Extraction } from '../../src/model/index.js';
import type { DocumentExtraction } from '../extract/extractDocument.js';
import type { Knowledge } from '../lexicon/loadKnowledge.js';

export function resolveExtractions(docs: DocumentExtraction[], _knowledge: Knowledge): Omit<Extraction, 'diagnostics'> {
  return {
    documents: docs.map(({ document: d }) => ({
      id: d.id,
      title: d.title,
      language: d.language,
      source: d.source,
      date: d.date,
      path: d.path,
      contentHash: d.contentHash,
      text: d.text,
      mentions: [],
    })),
    entities: [],
    relations: [],
    coMentions: [],
  };
}
