/** Merges relations across documents by (source, type, target): evidence lists joined, confidence combined. */
import { isSymmetric, relationKey, type CoMention, type Relation } from '../../src/model/index.js';
import type { DocumentExtraction } from '../extract/extractDocument.js';
import { DateMerger } from './mergeDates.js';

/** Independent pieces of evidence: the relation holds unless every one of them is wrong. */
export const combine = (a: number, b: number) => Math.min(0.99, 1 - (1 - a) * (1 - b));

export function mergeRelations(docs: DocumentExtraction[], idOf: Map<string, string>): Relation[] {
  const merged = new Map<string, Relation>();
  // Per relation, the sentences (document and offset) already cited: a Set, since one relation may be stated in
  // thousands of documents and scanning its evidence list each time made merging quadratic.
  const cited = new Map<Relation, Set<string>>();
  const dated = new Map<Relation, DateMerger>();
  const addDates = (relation: Relation, r: DocumentExtraction['relations'][number]) => {
    if (!r.dates) return;
    let merger = dated.get(relation);
    if (!merger) dated.set(relation, (merger = new DateMerger()));
    relation.dates = merger.add(r.dates).dates();
  };
  for (const doc of docs) {
    for (const r of doc.relations) {
      let source = idOf.get(r.source)!;
      let target = idOf.get(r.target)!;
      if (source === target) continue;
      if (isSymmetric(r.type) && target < source) [source, target] = [target, source];
      const key = relationKey({ source, target, type: r.type });
      const sentence = `${r.evidence.documentId}\u0000${r.evidence.start}`;
      const seen = merged.get(key);
      if (!seen) {
        const relation: Relation = { source, target, type: r.type, confidence: r.confidence, evidence: [r.evidence] };
        addDates(relation, r);
        merged.set(key, relation);
        cited.set(relation, new Set([sentence]));
      } else if (!cited.get(seen)!.has(sentence)) {
        cited.get(seen)!.add(sentence);
        seen.evidence.push(r.evidence);
        seen.confidence = combine(seen.confidence, r.confidence);
        addDates(seen, r);
      } else seen.confidence = Math.max(seen.confidence, r.confidence);
    }
  }
  return [...merged.values()];
}

/** Pairs named together in a sentence with no relation between them anywhere, weighted by how often. */
export function mergeCoMentions(docs: DocumentExtraction[], idOf: Map<string, string>, relations: Relation[]): CoMention[] {
  const related = new Set(relations.flatMap((r) => [`${r.source}>${r.target}`, `${r.target}>${r.source}`]));
  const pairs = new Map<string, CoMention>();
  // Sentences per document of each pair (two files may share a base name, hence an id, so counted by id).
  const documentsOf = new Map<CoMention, Map<string, number>>();
  for (const doc of docs) {
    for (const [a, b] of doc.coMentions) {
      const [source, target] = [idOf.get(a)!, idOf.get(b)!].sort() as [string, string];
      if (source === target || related.has(`${source}>${target}`)) continue;
      const key = `${source}>${target}`;
      let seen = pairs.get(key);
      if (!seen) {
        seen = { source, target, weight: 0, documentIds: [] };
        pairs.set(key, seen);
        documentsOf.set(seen, new Map());
      }
      seen.weight++;
      const documents = documentsOf.get(seen)!;
      documents.set(doc.document.id, (documents.get(doc.document.id) ?? 0) + 1);
      if (documents.get(doc.document.id) === 1) seen.documentIds.push(doc.document.id);
    }
  }
  for (const [pair, documents] of documentsOf) pair.documentWeights = pair.documentIds.map((d) => documents.get(d)!);
  return [...pairs.values()];
}
