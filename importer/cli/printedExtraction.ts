/** The exact JSON shape `npm run extract` prints: fixed keys in a fixed order, nothing internal. */
import type { Extraction } from '../../src/model/index.js';

export function printedExtraction(x: Extraction) {
  return {
    documents: x.documents,
    entities: x.entities.map(({ id, name, type, aliases, location, dates }) => ({ id, name, type, aliases, ...(location && { location }), ...(dates && { dates }) })),
    relations: x.relations.map(({ source, target, type, confidence, evidence, dates }) => ({ source, target, type, confidence, evidence, ...(dates && { dates }) })),
    coMentions: x.coMentions,
    diagnostics: x.diagnostics,
  };
}
