import { z } from 'zod';
import { DocumentSchema } from './document.js';
import { EntityIdSchema, EntitySchema, EntityTypeSchema } from './entity.js';
import { GraphEdgeSchema, GraphNodeSchema, GraphSliceSchema } from './graph.js';
import { EvidenceSchema } from './evidence.js';
import { RelationTypeSchema } from './relation.js';
import { ReviewSchema, ReviewStateSchema } from './review.js';

/** Comma-separated query values (`types=Place,Event`) parsed into a checked list. */
const csvOf = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(item));

/** Which review states a graph answer shows; absent = DEFAULT_REVIEW_STATES (rejected claims hidden). */
const reviewStates = csvOf(ReviewStateSchema).optional();

/**
 * A whole number in a query string, in decimal digits only: `0x10`, `0b11`, `1e3`, ` 5` and `5.0` are refused rather
 * than coerced to numbers nobody typed.
 */
export const queryInt = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/, 'must be a whole number in decimal digits')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

/** A number in a query string written as decimal digits with an optional fraction (`0.5`). */
export const queryDecimal = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,9}(\.\d{1,9})?$/, 'must be a decimal number such as 0.5')
    .transform(Number)
    .pipe(z.number().min(min).max(max));

export const ErrorBodySchema = z.object({ error: z.string(), message: z.string() });
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

export const HealthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  neo4j: z.object({
    reachable: z.boolean(),
    uri: z.string(),
    database: z.string(),
    version: z.string().optional(),
    edition: z.string().optional(),
    message: z.string().optional(),
  }),
  counts: z.object({ entities: z.number(), relations: z.number(), documents: z.number() }).optional(),
});
export type Health = z.infer<typeof HealthSchema>;

export const SearchQuerySchema = z.object({
  q: z.string().trim().min(1).max(200),
  types: csvOf(EntityTypeSchema).optional(),
  limit: queryInt(1, 100).default(10),
});
export type SearchQuery = z.infer<typeof SearchQuerySchema>;

export const SearchHitSchema = GraphNodeSchema.extend({ score: z.number(), matched: z.string() });
export type SearchHit = z.infer<typeof SearchHitSchema>;
export const SearchResultSchema = z.object({ hits: z.array(SearchHitSchema) });
export type SearchResult = z.infer<typeof SearchResultSchema>;

export const EntityParamsSchema = z.object({ id: EntityIdSchema });

export const EntityRelationSchema = GraphEdgeSchema.extend({
  direction: z.enum(['out', 'in', 'both']),
  other: GraphNodeSchema,
  evidenceByDocument: z.array(
    z.object({ documentId: z.string(), title: z.string(), evidence: z.array(EvidenceSchema) }),
  ),
});
export type EntityRelation = z.infer<typeof EntityRelationSchema>;

export const EntityDetailSchema = z.object({
  // Its own review too: an entity not in view shows its state in the details panel.
  entity: EntitySchema.extend({ degree: z.number(), documentCount: z.number(), review: ReviewSchema.optional() }),
  documents: z.array(z.object({ id: z.string(), title: z.string(), language: z.string(), count: z.number() })),
  relations: z.array(EntityRelationSchema),
});
export type EntityDetail = z.infer<typeof EntityDetailSchema>;

export const GraphFilterSchema = z.object({
  types: z.array(EntityTypeSchema).optional(),
  relations: z.array(RelationTypeSchema).optional(),
  minConfidence: z.number().min(0).max(1).default(0),
  includeWeak: z.boolean().default(false),
  reviewStates: z.array(ReviewStateSchema).optional(),
});

export const NeighboursQuerySchema = z.object({
  depth: queryInt(1, 3).default(1),
  types: csvOf(EntityTypeSchema).optional(),
  relations: csvOf(RelationTypeSchema).optional(),
  minConfidence: queryDecimal(0, 1).default(0),
  includeWeak: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .default(false),
  limit: queryInt(1, 5000).default(500),
  reviewStates,
});
export type NeighboursQuery = z.infer<typeof NeighboursQuerySchema>;

export const PathModeSchema = z.enum(['shortest', 'all-shortest', 'k']);
export const PathsQuerySchema = z.object({
  from: EntityIdSchema,
  to: EntityIdSchema,
  maxHops: queryInt(1, 8).default(5),
  relations: csvOf(RelationTypeSchema).optional(),
  mode: PathModeSchema.default('shortest'),
  k: queryInt(1, 20).default(3),
  reviewStates,
});
export type PathsQuery = z.infer<typeof PathsQuerySchema>;

/** One way two actors are linked: nodes in order and the hop between each pair, with its evidence. */
export const PathSchema = z.object({
  nodes: z.array(GraphNodeSchema),
  hops: z.array(GraphEdgeSchema.extend({ evidence: z.array(EvidenceSchema) })),
});
export type Path = z.infer<typeof PathSchema>;
export const PathsResultSchema = z.object({
  paths: z.array(PathSchema),
  /** True when more equally short paths exist than were returned (mode all-shortest is capped). */
  truncated: z.boolean().default(false),
});
export type PathsResult = z.infer<typeof PathsResultSchema>;

export const ConnectBodySchema = z.object({
  ids: z.array(EntityIdSchema).min(2).max(10),
  maxHops: z.number().int().min(1).max(8).default(5),
  relations: z.array(RelationTypeSchema).optional(),
  reviewStates: z.array(ReviewStateSchema).optional(),
});
export type ConnectBody = z.infer<typeof ConnectBodySchema>;
export const ConnectResultSchema = GraphSliceSchema.extend({
  algorithm: z.string(),
  unreachable: z.array(EntityIdSchema),
  hops: z.array(GraphEdgeSchema.extend({ evidence: z.array(EvidenceSchema) })),
});
export type ConnectResult = z.infer<typeof ConnectResultSchema>;

export const SubgraphSpecSchema = z.object({
  ids: z.array(EntityIdSchema).min(1).max(5000),
  depth: z.number().int().min(0).max(3).default(0),
  filter: GraphFilterSchema.default({ minConfidence: 0, includeWeak: false }),
  limit: z.number().int().min(1).max(20000).default(2000),
});
export type SubgraphSpec = z.infer<typeof SubgraphSpecSchema>;

export const EXPORT_FORMATS = ['gexf', 'graphml', 'json', 'csv', 'cypher'] as const;
export const ExportQuerySchema = z.object({ format: z.enum(EXPORT_FORMATS) });
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const DocumentSummarySchema = DocumentSchema.pick({
  id: true,
  title: true,
  language: true,
  source: true,
  date: true,
}).extend({ mentionCount: z.number(), importedAt: z.string().nullable() });
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;

export const DocumentListQuerySchema = z.object({
  limit: queryInt(1, 10000).default(1000),
  offset: queryInt(0, 999_999_999).default(0),
});
export const DocumentListSchema = z.object({ documents: z.array(DocumentSummarySchema), total: z.number().int() });
export type DocumentList = z.infer<typeof DocumentListSchema>;
export const DocumentParamsSchema = z.object({ id: z.string().min(1).max(500) });

export const DocumentDetailSchema = DocumentSummarySchema.extend({
  text: z.string(),
  mentions: z.array(
    z.object({ entityId: EntityIdSchema, name: z.string(), type: EntityTypeSchema, start: z.number(), end: z.number() }),
  ),
});
export type DocumentDetail = z.infer<typeof DocumentDetailSchema>;

export const CypherQueryBodySchema = z.object({
  query: z.string().min(1).max(10000),
  params: z.record(z.string(), z.unknown()).default({}),
});
export const CypherQueryResultSchema = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.array(z.unknown())),
  truncated: z.boolean(),
});
export type CypherQueryResult = z.infer<typeof CypherQueryResultSchema>;

/** A first view of a large graph: the best-connected entities and the relations among them. */
export const OverviewQuerySchema = z.object({
  limit: queryInt(1, 20000).default(2000),
  types: csvOf(EntityTypeSchema).optional(),
  relations: csvOf(RelationTypeSchema).optional(),
  includeWeak: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .default(false),
  reviewStates,
});
export type OverviewQuery = z.infer<typeof OverviewQuerySchema>;
