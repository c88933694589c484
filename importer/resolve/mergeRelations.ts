/** Merges relations across documents by (source, type, target): evidence lists joined, confidence combined. */
import { isSymmetric, relationKey, type CoMention, type Relation } from '../../src/model/index.js';
import type { DocumentExtraction } from '../extract/extractDocument.js';

/** Independent pieces of evidence: the relation holds unless every one of them is wrong. */
const combine = (a: number, b: number) => Math.min(0.99, 1 - (1 - a) * (1 - b));

export function mergeRelations(docs: DocumentExtraction[], idOf: Map<string, string>): Relation[] {
  const merged = new Map<string, Relation>();
  for (const doc of docs) {
    for (const r of doc.relations) {
      let source = idOf.get(r.source)!;
      let target = idOf.get(r.target)!;
      if (source === target) continue;
      if (isSymmetric(r.type) && target < source) [source, target] = [target, source];
      const key = relationKey({ source, target, type: r.type });
      const seen = merged.get(key);
      if (!seen) merged.set(key, { source, target, type: r.type, confidence: r.confidence, evidence: [r.evidence] });
      else {
        const same = seen.evidence.some((e) => e.documentId === r.evidence.documentId && e.start === r.evidence.start);
        if (!same) {
          seen.evidence.push(r.evidence);
          seen.confidence = combine(seen.confidence, r.confidence);
        } else seen.confidence = Math.max(seen.confidence, r.confidence);
      }
    }
  }
  return [...merged.values()];
}

/** Pairs named together in a sentence with no relation between them anywhere, weighted by how often. */
export function mergeCoMentions(docs: DocumentExtraction[], idOf: Map<string, string>, relations: Relation[]): CoMention[] {
  const related = new Set(relations.flatMap((r) => [`${r.source}>${r.target}`, `${r.target}>${r.source}`]));
  const pairs = new Map<string, CoMention>();
  for (const doc of docs) {
    for (const [a, b] of doc.coMentions) {
      const [source, target] = [idOf.get(a)!, idOf.get(b)!].sort() as [string, string];
      if (source === target || related.has(`${source}>${target}`)) continue;
      const key = `${source}>${target}`;
      const seen = pairs.get(key) ?? { source, target, weight: 0, documentIds: [] };
      seen.weight++;
      if (!seen.documentIds.includes(doc.document.id)) seen.documentIds.push(doc.document.id);
      pairs.set(key, seen);
    }
  }
  return [...pairs.values()];
}
