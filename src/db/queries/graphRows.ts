/** The properties the importer stores on each kind of node and relationship (README, "Graph model in Neo4j"). */
import { ENTITY_TYPES, EntityTypeSchema, RelationTypeSchema, type EntityType, type RelationType } from '../../model/index.js';

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
export interface EntityProps {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  aliasText: string;
  nameFolded: string;
  curated: boolean;
  /** The person's corrections of this entity as JSON (Neo4j properties cannot hold maps), or null. */
  curation: string | null;
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
}

export interface RelationProps {
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
