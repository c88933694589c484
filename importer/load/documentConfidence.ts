/**
 * A document's part of a relation is as sure as its own sentences make it, never the corpus-wide figure: otherwise a
 * new document citing a relation would change the part, and so the facts, of every other document citing it, and an
 * incremental import would rewrite them all.
 */
import type { Evidence } from '../../src/model/index.js';
import { combine } from '../resolve/mergeRelations.js';

/** Combines the document's evidence as resolve does; `fallback` (the relation's confidence) for an extraction made without per-sentence confidence. */
export function documentConfidence(evidence: readonly Evidence[], fallback: number): number {
  if (evidence.length === 0 || evidence.some((e) => e.confidence === undefined)) return fallback;
  return evidence.slice(1).reduce((c, e) => combine(c, e.confidence!), evidence[0]!.confidence!);
}
