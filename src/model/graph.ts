import { z } from 'zod';
import { EntityIdSchema, EntityTypeSchema } from './entity.js';
import { EvidenceSchema, RelationTypeSchema } from './relation.js';

/** An entity as a node of a graph slice, with the summary fields the explorer sizes and filters by. */
export const GraphNodeSchema = z.object({
  id: EntityIdSchema,
  name: z.string(),
  type: EntityTypeSchema,
  aliases: z.array(z.string()),
  degree: z.number().int().nonnegative(),
  documentCount: z.number().int().nonnegative(),
});
export type GraphNode = z.infer<typeof GraphNodeSchema>;

/** A typed relation, or a weak co-mention link (`type: 'CO_MENTIONED'`), between two nodes of a slice. */
export const EdgeTypeSchema = z.union([RelationTypeSchema, z.literal('CO_MENTIONED')]);
export type EdgeType = z.infer<typeof EdgeTypeSchema>;

export const GraphEdgeSchema = z.object({
  id: z.string(),
  source: EntityIdSchema,
  target: EntityIdSchema,
  type: EdgeTypeSchema,
  confidence: z.number().min(0).max(1),
  documentCount: z.number().int().nonnegative(),
  evidenceCount: z.number().int().nonnegative(),
  /** Present where the route returns evidence (paths, entity details). */
  evidence: z.array(EvidenceSchema).optional(),
});
export type GraphEdge = z.infer<typeof GraphEdgeSchema>;

export const GraphSliceSchema = z.object({
  nodes: z.array(GraphNodeSchema),
  edges: z.array(GraphEdgeSchema),
  /** True when a cap cut the slice; `limit` says which cap. */
  truncated: z.boolean(),
  limit: z.number().int().positive().optional(),
});
export type GraphSlice = z.infer<typeof GraphSliceSchema>;
