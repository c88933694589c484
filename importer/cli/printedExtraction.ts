/** The exact JSON shape `npm run extract` prints: fixed keys in a fixed order, nothing internal. */
import type { Extraction } from '../../src/model/index.js';

export function printedExtraction(x: Extraction) {
  return {
    documents: x.documents,
    entities: x.entities.map(({ id, name, type, aliases, location }) => ({ id, name, type, aliases, ...(location && { location }) })),
    relations: x.relations.map(({ source, target, type, confidence, evidence }) => ({ source, target, type, confidence, evidence })),
    coMentions: x.coMentions,
    diagnostics: x.diagnostics,
  };
}
