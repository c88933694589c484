import { z } from 'zod';
import { EntityIdSchema, EntityTypeSchema, GeoPointSchema } from './entity.js';
import { EvidenceSchema } from './evidence.js';
import { RELATION_TYPES, RelationTypeSchema } from './relation.js';
import { TimeSpanSchema } from './time.js';
import { ReviewSchema } from './review.js';

/** An entity as a node of a graph slice, with the summary fields the explorer sizes and filters by. */
export const GraphNodeSchema = z.object({
  id: EntityIdSchema,
  name: z.string(),
  type: EntityTypeSchema,
  aliases: z.array(z.string()),
  degree: z.number().int().nonnegative(),
  documentCount: z.number().int().nonnegative(),
  /** Where the actor is: a place's own position, or that of the place it is LOCATED_IN. */
  location: GeoPointSchema.optional(),
  /** The place `location` comes from, when it is not the node itself. */
  locatedAt: EntityIdSchema.optional(),
  /** An event's time, summed up over its statements (summariseTimes). */
  time: TimeSpanSchema.optional(),
  /** Absent while the entity is proposed (nobody reviewed it). */
  review: ReviewSchema.optional(),
});
export type GraphNode = z.infer<typeof GraphNodeSchema>;

/** A typed relation, or a weak co-mention link (`type: 'CO_MENTIONED'`), between two nodes of a slice. */
export const EdgeTypeSchema = z.union([RelationTypeSchema, z.literal('CO_MENTIONED')]);
export type EdgeType = z.infer<typeof EdgeTypeSchema>;

const EDGE_TYPES: ReadonlySet<string> = new Set([...RELATION_TYPES, 'CO_MENTIONED']);

/**
 * The ends and type an edge id names. Relationship ids are `source>TYPE>target` in the stored direction (relationKey,
 * and the same for co-mentions), and entity ids cannot hold '>', so reading the id is enough to place an edge.
 */
export function parseEdgeKey(id: string): { source: string; type: EdgeType; target: string } {
  const [source, type, target, extra] = id.split('>');
  if (!source || !target || extra !== undefined || type === undefined || !EDGE_TYPES.has(type)) {
    throw new Error(`relationship id "${id}" is not of the form source>TYPE>target`);
  }
  return { source, type: type as EdgeType, target };
}

export const GraphEdgeSchema = z.object({
  id: z.string(),
  source: EntityIdSchema,
  target: EntityIdSchema,
  type: EdgeTypeSchema,
  confidence: z.number().min(0).max(1),
  documentCount: z.number().int().nonnegative(),
  evidenceCount: z.number().int().nonnegative(),
  /** When the relation holds, summed up over its dated statements (summariseTimes); absent when none is dated. */
  time: TimeSpanSchema.optional(),
  /** Present where the route returns evidence (paths, entity details). */
  evidence: z.array(EvidenceSchema).optional(),
  /** Absent while the relation is proposed; co-mentions are never reviewed. */
  review: ReviewSchema.optional(),
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
