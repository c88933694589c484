/** What the corrections add on top of the extracted facts: per-entity overrides and relations asserted by a person. */
import type { EntityType, Language, RelationType, Review } from '../../src/model/index.js';

/** The graph's record of an entity a person corrected; it marks the entity `curated` and outlives its documents. */
export interface EntityOverride {
  name?: string;
  type?: EntityType;
  aliases: string[];
  /** Line of the first correction naming the entity, for diagnostics. */
  line: number;
}

export interface CuratedRelation {
  /** `source>TYPE>target`, symmetric types ordered like every stored relation. */
  id: string;
  source: string;
  target: string;
  type: RelationType;
  note: string;
  language: Language;
  line: number;
}

/** A person's verdict on a claim, keyed like the graph keys it (merges already followed). */
export interface CuratedReview {
  kind: 'relation' | 'entity';
  /** The entity id, or the relation's `source>TYPE>target` in stored order. */
  key: string;
  review: Review;
  line: number;
}

export interface Curation {
  file: string;
  entities: Map<string, EntityOverride>;
  relations: CuratedRelation[];
  reviews: CuratedReview[];
}

export const emptyCuration = (file = '(none)'): Curation => ({ file, entities: new Map(), relations: [], reviews: [] });

/** Records that a correction names an entity, merging into what earlier corrections said about it. */
export function overrideOf(curation: Curation, id: string, line: number): EntityOverride {
  let override = curation.entities.get(id);
  if (!override) {
    override = { aliases: [], line };
    curation.entities.set(id, override);
  }
  return override;
}
