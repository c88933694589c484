/**
 * Joins stated times across documents: one per value and document, in the order first stated. Each relation or entity
 * keeps its own set of seen keys, since a fact may be dated in thousands of documents and rescanning its list for each
 * one made merging quadratic.
 */
import type { StatedTime } from '../../src/model/index.js';

const keyOf = (t: StatedTime) => `${t.from ?? ''}|${t.to ?? ''}|${t.at ?? ''}|${t.precision}|${t.evidence.documentId}`;

export class DateMerger {
  private readonly seen = new Set<string>();
  private readonly list: StatedTime[] = [];

  add(times: readonly StatedTime[] | undefined): this {
    for (const t of times ?? []) {
      const k = keyOf(t);
      if (!this.seen.has(k)) {
        this.seen.add(k);
        this.list.push(t);
      }
    }
    return this;
  }

  /** The merged dates; undefined when there are none, so undated facts keep their shape. */
  dates(): StatedTime[] | undefined {
    return this.list.length ? this.list : undefined;
  }
}
