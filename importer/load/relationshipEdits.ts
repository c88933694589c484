/**
 * Edits to a set of stored relationships inside one transaction: take a source's parts out, put new parts in, then
 * write what changed (a relationship left with no part is deleted).
 */
import type { Tx } from '../../src/db/database.js';
import { deleteRelationships, upsertCoMentions, upsertRelations, type ReadRelationship } from '../../src/db/queries/documentContributions.js';
import type { RelationProps, RelationshipKey, StoredCoMention, StoredRelation } from '../../src/db/queries/graphRows.js';
import { RELATION_TYPES, type RelationType } from '../../src/model/index.js';
import { coMentionParts, coMentionProps, relationParts, relationProps, type RelationPart } from './relationFacts.js';
import { appendTo } from './appendTo.js';

interface Edit<P> {
  key: RelationshipKey;
  parts: Map<string, P>;
  existed: boolean;
}

export const keyId = (k: RelationshipKey): string => `${k.source}>${k.type}>${k.target}`;

export class RelationshipEdits {
  private readonly typed = new Map<string, Edit<RelationPart>>();
  private readonly weak = new Map<string, Edit<number>>();

  constructor(stored: ReadRelationship[]) {
    for (const r of stored) {
      const key = { type: r.type, source: r.source, target: r.target };
      const p = r.props as Record<string, never>;
      if (r.type === 'CO_MENTIONED') {
        this.weak.set(keyId(key), { key, existed: true, parts: coMentionParts({ documentIds: p.documentIds ?? [], documentWeights: p.documentWeights ?? [] }) });
      } else {
        const props = { documentIds: p.documentIds ?? [], documentConfidences: p.documentConfidences ?? [], evidence: p.evidence ?? [], curated: p.curated === true, note: p.note ?? null, dates: p.dates ?? [] };
        this.typed.set(keyId(key), { key, existed: true, parts: relationParts(props) });
      }
    }
  }

  /** Takes every part of `source` (a document id, or the curated source) out. */
  removeSource(source: string): void {
    for (const e of [...this.typed.values(), ...this.weak.values()]) e.parts.delete(source);
  }

  setRelationPart(key: RelationshipKey, source: string, part: RelationPart): void {
    this.edit(this.typed, key).parts.set(source, part);
  }

  setCoMentionPart(key: RelationshipKey, source: string, weight: number): void {
    this.edit(this.weak, key).parts.set(source, weight);
  }

  /** Ids of the entities at either end of an edited relationship. */
  endpoints(): string[] {
    return [...this.typed.values(), ...this.weak.values()].flatMap((e) => [e.key.source, e.key.target]);
  }

  async write(tx: Tx): Promise<{ created: string[]; deleted: string[] }> {
    const created: string[] = [];
    const deleted: string[] = [];
    const upserts = new Map<RelationType, StoredRelation[]>();
    const removals = new Map<RelationType | 'CO_MENTIONED', { source: string; target: string }[]>();
    const coMentions: StoredCoMention[] = [];
    const track = (e: Edit<unknown>, props: unknown) => {
      if (props === null && e.existed) {
        deleted.push(keyId(e.key));
        appendTo(removals, e.key.type, e.key);
      } else if (props !== null && !e.existed) created.push(keyId(e.key));
    };
    for (const e of this.typed.values()) {
      const props: RelationProps | null = relationProps(keyId(e.key), e.parts);
      track(e, props);
      const type = e.key.type as RelationType;
      if (props) appendTo(upserts, type, { ...props, type, source: e.key.source, target: e.key.target });
    }
    for (const e of this.weak.values()) {
      const props = coMentionProps(keyId(e.key), e.parts);
      track(e, props);
      if (props) coMentions.push({ ...props, source: e.key.source, target: e.key.target });
    }
    for (const [type, rows] of removals) await deleteRelationships(tx, type, rows);
    for (const type of RELATION_TYPES) if (upserts.has(type)) await upsertRelations(tx, type, upserts.get(type)!);
    if (coMentions.length > 0) await upsertCoMentions(tx, coMentions);
    return { created, deleted };
  }

  private edit<P>(map: Map<string, Edit<P>>, key: RelationshipKey): Edit<P> {
    let e = map.get(keyId(key));
    if (!e) map.set(keyId(key), (e = { key, parts: new Map(), existed: false }));
    return e;
  }
}
