/** Turns an extraction of one document into the scorer's form: its entities and the relations between them. */
import type { Extraction, StatedTime, TimeSpan } from '../../src/model/index.js';
import type { ScoredSide } from './goldSchema.js';

/** The distinct values stated, without their evidence: a date said twice is predicted once. */
function distinctSpans(times: StatedTime[] | undefined): { dates?: TimeSpan[] } {
  if (!times?.length) return {};
  const spans = new Map(times.map(({ from, to, at, precision }) => [`${from}|${to}|${at}`, { ...(from && { from }), ...(to && { to }), ...(at && { at }), precision }]));
  return { dates: [...spans.values()] };
}

export function predictedSide(extraction: Pick<Extraction, 'entities' | 'relations'>): ScoredSide {
  const index = new Map(extraction.entities.map((e, i) => [e.id, i]));
  const at = (id: string) => {
    const i = index.get(id);
    if (i === undefined) throw new Error(`eval: the extraction has a relation to "${id}", which is not among its entities`);
    return i;
  };
  return {
    entities: extraction.entities.map((e) => ({ name: e.name, aliases: e.aliases, type: e.type, ...distinctSpans(e.dates) })),
    relations: extraction.relations.map((r) => ({
      source: at(r.source),
      target: at(r.target),
      type: r.type,
      confidence: r.confidence,
      mechanisms: [...new Set(r.evidence.map((e) => e.mechanism ?? 'unknown'))],
      ...distinctSpans(r.dates),
    })),
  };
}
