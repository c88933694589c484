/** Merges the per-document extractions into entities with stable ids, documents with mentions, relations, co-mentions. */
import type { Document, Extraction } from '../../src/model/index.js';
import type { DocumentExtraction } from '../extract/extractDocument.js';
import { loadGazetteer } from '../lexicon/gazetteer.js';
import type { Knowledge } from '../lexicon/loadKnowledge.js';
import { indexGazetteer, locatePlaces, type GazetteerIndex } from './locatePlaces.js';
import { mergeEntities } from './mergeEntities.js';
import { mergeCoMentions, mergeRelations } from './mergeRelations.js';

let gazetteer: GazetteerIndex | undefined;

export function resolveExtractions(docs: DocumentExtraction[], knowledge: Knowledge): Omit<Extraction, 'diagnostics'> {
  const merged = mergeEntities(docs, knowledge);
  const { idOf } = merged;
  gazetteer ??= indexGazetteer(loadGazetteer());
  const placeContext = docs.map((d) => ({ language: d.document.language, entityIds: d.entities.map((e) => idOf.get(e.key)!) }));
  const entities = locatePlaces(merged.entities, { documents: placeContext }, gazetteer);
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
