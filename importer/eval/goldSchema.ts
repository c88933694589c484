/** The shape of a gold annotation file (graph-data/gold/*.json), as ../shared/gold/README.md describes it. */
import { z } from 'zod';
import { EntityTypeSchema, RelationTypeSchema, TimeSpanSchema, type TimeSpan } from '../../src/model/index.js';

export const GoldEntitySchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  type: EntityTypeSchema,
  /** When an event took place, as the document states it (graph-data/gold/README.md, "Dates"). */
  date: TimeSpanSchema.optional(),
});

export const GoldRelationSchema = z.object({
  source: z.string().min(1),
  target: z.string().min(1),
  type: RelationTypeSchema,
  evidence: z.string().optional(),
  /** When the relation began, ended or happened, as the document states it. */
  date: TimeSpanSchema.optional(),
});

export const GoldDocumentSchema = z.object({
  doc: z.string().min(1),
  entities: z.array(GoldEntitySchema),
  relations: z.array(GoldRelationSchema).default([]),
});
export type GoldDocument = z.infer<typeof GoldDocumentSchema>;

/** What the scorer compares: one document's entities and relations, named as the text names them. */
export interface NamedEntity {
  name: string;
  aliases: string[];
  type: z.infer<typeof EntityTypeSchema>;
  /** Distinct stated times (gold: at most one). */
  dates?: TimeSpan[];
}
export interface NamedRelation {
  /** Index into the entity list of the same side. */
  source: number;
  target: number;
  type: z.infer<typeof RelationTypeSchema>;
  /** Predicted side only: how sure the extractor was, and the rules that found the relation. */
  confidence?: number;
  mechanisms?: string[];
  dates?: TimeSpan[];
}
export interface ScoredSide {
  entities: NamedEntity[];
  relations: NamedRelation[];
}
