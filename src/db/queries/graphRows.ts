/** The properties the importer stores on each kind of node and relationship (README, "Graph model in Neo4j"). */
import { ENTITY_TYPES, EntityTypeSchema, RelationTypeSchema, type EntityType, type RelationType } from '../../model/index.js';

export interface StoredDocument {
  id: string;
  title: string;
  language: string;
  source: string | null;
  date: string | null;
  path: string | null;
  contentHash: string;
  /** Hash of the document's extracted facts: a re-import skips the document when it is unchanged. */
  factsHash: string;
  importedAt: string;
  text: string;
}

export interface StoredEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  aliasText: string;
  nameFolded: string;
  curated: boolean;
  curation: string | null;
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

export interface StoredRelation {
  type: RelationType;
  source: string;
  target: string;
  id: string;
  confidence: number;
  documentIds: string[];
  documentConfidences: number[];
  documentCount: number;
  evidence: string[];
  curated: boolean;
  note: string | null;
}

export interface StoredCoMention {
  source: string;
  target: string;
  id: string;
  weight: number;
  documentIds: string[];
  documentWeights: number[];
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
