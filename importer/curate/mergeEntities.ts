/** Rewrites an extraction so that each merged-away entity id becomes the id it was merged into. */
import { isSymmetric, relationKey, type CoMention, type Evidence, type Extraction, type Relation } from '../../src/model/index.js';

const evidenceKey = (e: Evidence): string => JSON.stringify([e.documentId, e.start, e.end, e.sentence, e.trigger ?? '']);

function mergeRelations(relations: Relation[]): Relation[] {
  const byKey = new Map<string, Relation>();
  for (const r of relations) {
    if (r.source === r.target) continue; // a merge can fold both ends into one entity: no self-relations
    const [source, target] = isSymmetric(r.type) && r.target < r.source ? [r.target, r.source] : [r.source, r.target];
    const key = relationKey(r);
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, { ...r, source, target, evidence: [...r.evidence] });
      continue;
    }
    seen.confidence = Math.max(seen.confidence, r.confidence);
    const have = new Set(seen.evidence.map(evidenceKey));
    seen.evidence.push(...r.evidence.filter((e) => !have.has(evidenceKey(e))));
  }
  return [...byKey.values()];
}

function mergeCoMentions(coMentions: CoMention[]): CoMention[] {
  const byKey = new Map<string, CoMention>();
  for (const c of coMentions) {
    if (c.source === c.target) continue;
    const [source, target] = c.source < c.target ? [c.source, c.target] : [c.target, c.source];
    const key = `${source}>${target}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { source, target, weight: c.weight, documentIds: [...c.documentIds], ...(c.documentWeights && { documentWeights: [...c.documentWeights] }) });
    else {
      seen.weight += c.weight;
      // Per-document weights survive the merge only when both sides had them.
      const both = seen.documentWeights !== undefined && c.documentWeights !== undefined;
      const weights = new Map<string, number>();
      const add = (ids: string[], w: number[] | undefined) => ids.forEach((d, i) => weights.set(d, (weights.get(d) ?? 0) + (w?.[i] ?? 0)));
      add(seen.documentIds, seen.documentWeights);
      add(c.documentIds, c.documentWeights);
      seen.documentIds = [...weights.keys()].sort();
      if (both) seen.documentWeights = seen.documentIds.map((d) => weights.get(d)!);
      else delete seen.documentWeights;
    }
  }
  return [...byKey.values()];
}

/** `into` maps each merged-away id to its final id (chains already followed). */
export function mergeEntities(extraction: Extraction, into: ReadonlyMap<string, string>): Extraction {
  if (into.size === 0) return extraction;
  const map = (id: string): string => into.get(id) ?? id;
  const kept = new Map(extraction.entities.filter((e) => !into.has(e.id)).map((e) => [e.id, { ...e, aliases: [...e.aliases] }]));
  for (const gone of extraction.entities) {
    const target = kept.get(map(gone.id));
    if (!target || target.id === gone.id) continue;
    target.aliases = [...new Set([...target.aliases, gone.name, ...gone.aliases])].filter((a) => a !== target.name);
  }
  return {
    ...extraction,
    entities: [...kept.values()],
    documents: extraction.documents.map((d) => ({ ...d, mentions: d.mentions.map((m) => ({ ...m, entityId: map(m.entityId) })) })),
    relations: mergeRelations(extraction.relations.map((r) => ({ ...r, source: map(r.source), target: map(r.target) }))),
    coMentions: mergeCoMentions(extraction.coMentions.map((c) => ({ ...c, source: map(c.source), target: map(c.target) }))),
  };
}
