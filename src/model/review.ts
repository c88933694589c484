/** A person's judgement of a claim the extractor made: every relation and every entity has one (absent = proposed). */
import { z } from 'zod';
import { EntityIdSchema } from './entity.js';
import { relationKey, RelationTypeSchema } from './relation.js';

export const REVIEW_STATES = ['proposed', 'verified', 'rejected'] as const;
export const ReviewStateSchema = z.enum(REVIEW_STATES);
export type ReviewState = z.infer<typeof ReviewStateSchema>;

/** What graph answers show by default: rejected claims are hidden until a filter asks for them. */
export const DEFAULT_REVIEW_STATES: readonly ReviewState[] = ['proposed', 'verified'];

export const ReviewerSchema = z.string().trim().min(1).max(100);

export const ReviewSchema = z.object({
  state: ReviewStateSchema,
  /** The name the person gave; the browser keeps it. */
  by: ReviewerSchema,
  /** ISO 8601 time of the review; empty for one written by hand without a time. */
  at: z.string(),
  note: z.string().trim().min(1).max(2000).optional(),
});
export type Review = z.infer<typeof ReviewSchema>;

export const RelationClaimSchema = z
  .object({ kind: z.literal('relation'), source: EntityIdSchema, type: RelationTypeSchema, target: EntityIdSchema })
  .strict();
export const EntityClaimSchema = z.object({ kind: z.literal('entity'), id: EntityIdSchema }).strict();
export const ClaimSchema = z.discriminatedUnion('kind', [RelationClaimSchema, EntityClaimSchema]);
export type Claim = z.infer<typeof ClaimSchema>;

/** A claim's identity: the entity id, or the relation's id (`source>TYPE>target`, symmetric types either way round). */
export const claimKey = (c: Claim): string => (c.kind === 'entity' ? c.id : relationKey(c));
