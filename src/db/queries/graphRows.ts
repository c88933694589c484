/** The properties the importer stores on each kind of node and relationship (README, "Graph model in Neo4j"). */
import { ENTITY_TYPES, EntityTypeSchema, RelationTypeSchema, type EntityType, type GeoPoint, type RelationType } from '../../model/index.js';
import type { StoredTime } from './storedTime.js';

/**
 * An empty list is stored as no property (readers coalesce): most entities have no aliases and no dates, and
 * neo4j-admin cannot write an empty list, so the admin path would have to put each one back afterwards.
 */
export const nonEmpty = <T>(list: readonly T[] | undefined): readonly T[] | null => (list && list.length > 0 ? list : null);

export interface DocumentProps {
  id: string;
  title: string;
  language: string;
  source: string | null;
  date: string | null;
  path: string | null;
  contentHash: string;
  text: string;
}

export interface StoredDocument extends DocumentProps {
  /** Hash of the document's extracted facts: a re-import skips the document when it is unchanged. */
  factsHash: string;
  importedAt: string;
}

/** An entity's own properties; degree and documentCount follow from its relationships. */
/** The time and place fields are optional so rows written before them (and test rows) stay valid. */
export interface EntityProps extends Partial<StoredTime> {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  aliasText: string;
  nameFolded: string;
  curated: boolean;
  /** The person's corrections of this entity as JSON (Neo4j properties cannot hold maps), or null. */
  curation: string | null;
  /** A place's gazetteer position (stored as a point) and kind (country, region, city); null for other entities. */
  location?: GeoPoint | null;
  placeKind?: string | null;
  /** JSON-encoded StatedTime, one per statement of when an event took place; summed up in from/to/at. */
  dates?: string[];
}

export interface StoredEntity extends EntityProps {
  degree: number;
  documentCount: number;
}

/** A document's mention of an entity, with the name, type and aliases that document's extraction gave it. */
export interface StoredMention {
  documentId: string;
  entityId: string;
  count: number;
  offsets: number[];
  name: string;
  type: EntityType;
  aliases: string[];
  /** What this document's extraction says of a place's position and of an event's time (JSON StatedTime). */
  location?: GeoPoint;
  placeKind?: string;
  dates?: string[];
}

export interface RelationProps extends Partial<StoredTime> {
  id: string;
  confidence: number;
  documentIds: string[];
  /** Each supporting document's own confidence, aligned with documentIds. */
  documentConfidences: number[];
  documentCount: number;
  /** JSON-encoded Evidence, one per supporting sentence (and the note of a relation a person added). */
  evidence: string[];
  /** evidence.length, stored so that slices count evidence without reading it. */
  evidenceCount: number;
  curated: boolean;
  note: string | null;
  /** JSON-encoded StatedTime, one per dated statement; from/to/at sum them up. */
  dates?: string[];
}

export interface StoredRelation extends RelationProps {
  type: RelationType;
  source: string;
  target: string;
}

export interface CoMentionProps {
  id: string;
  weight: number;
  documentIds: string[];
  /** Each document's share of the weight, aligned with documentIds. */
  documentWeights: number[];
}

export interface StoredCoMention extends CoMentionProps {
  source: string;
  target: string;
}

/** Endpoints of a relationship to find: `type` is a relation type or CO_MENTIONED. */
export interface RelationshipKey {
  type: RelationType | 'CO_MENTIONED';
  source: string;
  target: string;
}

/** Labels and relationship types are interpolated into Cypher only after this check against the enums. */
export const entityLabel = (type: EntityType): string => EntityTypeSchema.parse(type);
export const relationLabel = (type: RelationType | 'CO_MENTIONED'): string =>
  type === 'CO_MENTIONED' ? type : RelationTypeSchema.parse(type);
export const ALL_TYPE_LABELS = ENTITY_TYPES.join(':');
