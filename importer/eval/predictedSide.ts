/** Turns an extraction of one document into the scorer's form: its entities and the relations between them. */
import type { Extraction } from '../../src/model/index.js';
import type { ScoredSide } from './goldSchema.js';

export function predictedSide(extraction: Pick<Extraction, 'entities' | 'relations'>): ScoredSide {
  const index = new Map(extraction.entities.map((e, i) => [e.id, i]));
  const at = (id: string) => {
    const i = index.get(id);
    if (i === undefined) throw new Error(`eval: the extraction has a relation to "${id}", which is not among its entities`);
    return i;
  };
  return {
    entities: extraction.entities.map((e) => ({ name: e.name, aliases: e.aliases, type: e.type })),
    relations: extraction.relations.map((r) => ({
      source: at(r.source),
      target: at(r.target),
      type: r.type,
      confidence: r.confidence,
      mechanisms: [...new Set(r.evidence.map((e) => e.mechanism ?? 'unknown'))],
    })),
  };
}
