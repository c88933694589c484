import { z } from 'zod';
import { EntityIdSchema } from './entity.js';
import { EvidenceSchema } from './evidence.js';
import { StatedTimeSchema } from './time.js';

export const RELATION_TYPES = [
  'PARTNERS_WITH',
  'COLLABORATES_WITH',
  'MEMBER_OF',
  'PART_OF',
  'FOUNDED_BY',
  'FUNDED_BY',
  'ORGANISED_BY',
  'LOCATED_IN',
  'RUNS',
  'PARTICIPATES_IN',
  'WORKS_AT',
  'SUPPORTS',
] as const;

export const RelationTypeSchema = z.enum(RELATION_TYPES);
export type RelationType = z.infer<typeof RelationTypeSchema>;

/** Symmetric relations have no direction: stored once, with source id < target id. */
export const SYMMETRIC_RELATION_TYPES: ReadonlySet<RelationType> = new Set(['PARTNERS_WITH', 'COLLABORATES_WITH']);

export const isSymmetric = (type: RelationType): boolean => SYMMETRIC_RELATION_TYPES.has(type);

export const RelationSchema = z.object({
  source: EntityIdSchema,
  target: EntityIdSchema,
  type: RelationTypeSchema,
  confidence: z.number().min(0).max(1),
  evidence: z.array(EvidenceSchema),
  /** When the text says the relation began, ended or was stated to hold: one entry per dated statement. */
  dates: z.array(StatedTimeSchema).optional(),
});
export type Relation = z.infer<typeof RelationSchema>;

/** Two entities named in the same sentence with no stated relation: a weak link the explorer may show. */
export const CoMentionSchema = z.object({
  source: EntityIdSchema,
  target: EntityIdSchema,
  weight: z.number().int().positive(),
  documentIds: z.array(z.string()),
  /** Sentences naming the pair in each document, aligned with documentIds; absent in extractions made before it. */
  documentWeights: z.array(z.number().int().positive()).optional(),
});
export type CoMention = z.infer<typeof CoMentionSchema>;

/** Canonical key of a relation: symmetric types ignore direction. */
export function relationKey(r: Pick<Relation, 'source' | 'target' | 'type'>): string {
  const [a, b] = isSymmetric(r.type) && r.target < r.source ? [r.target, r.source] : [r.source, r.target];
  return `${a}>${r.type}>${b}`;
}
