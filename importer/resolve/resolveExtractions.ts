/** Merges the per-document extractions into entities with stable ids, documents with mentions, relations, co-mentions. */
import type { Document, Extraction } from '../../src/model/index.js';
import type { DocumentExtraction } from '../extract/extractDocument.js';
import type { Knowledge } from '../lexicon/loadKnowledge.js';
import { mergeEntities } from './mergeEntities.js';
import { mergeCoMentions, mergeRelations } from './mergeRelations.js';

export function resolveExtractions(docs: DocumentExtraction[], knowledge: Knowledge): Omit<Extraction, 'diagnostics'> {
  const { entities, idOf } = mergeEntities(docs, knowledge);
  const relations = mergeRelations(docs, idOf);
  const documents: Document[] = docs.map(({ document: d, entities: found }) => ({
    id: d.id,
    title: d.title,
    language: d.language,
    source: d.source,
    date: d.date,
    path: d.path,
    contentHash: d.contentHash,
    text: d.text,
    mentions: found
      .flatMap((e) => e.mentions.map((m) => ({ entityId: idOf.get(e.key)!, start: m.start, end: m.end })))
      .sort((a, b) => a.start - b.start),
  }));
  return { documents, entities, relations, coMentions: mergeCoMentions(docs, idOf, relations) };
}
