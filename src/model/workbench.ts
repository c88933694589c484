/**
 * Request and response bodies of the workbench routes: adding documents, reviewing claims, correcting the graph.
 * Contract changes (why, one line each):
 * - GET /api/corrections lists the stored corrections with their ids, so the UI can offer undo after a reload.
 * - POST /api/reviews with state `proposed` answers without `review`: nothing is stored for a proposed claim.
 * - review-queue takes `kind` (relation, entity, all) and relation claims carry `sourceName`/`targetName`, so the
 *   queue can be read without a lookup per row.
 * - `review.at` may be empty: reviews written by hand in the corrections file need no time.
 */
import { z } from 'zod';
import { queryInt } from './api.js';
import { EntityIdSchema, EntityTypeSchema } from './entity.js';
import { LanguageSchema } from './language.js';
import { EvidenceSchema } from './evidence.js';
import { RelationTypeSchema } from './relation.js';
import { ClaimSchema, ReviewerSchema, ReviewSchema, ReviewStateSchema } from './review.js';

// --- documents added from the browser

export const PastedDocumentSchema = z.object({
  title: z.string().trim().min(1).max(300),
  text: z.string().min(1),
  language: LanguageSchema.optional(),
});
export type PastedDocument = z.infer<typeof PastedDocumentSchema>;

export const ImportJobAcceptedSchema = z.object({ jobId: z.string() });
export const ImportJobParamsSchema = z.object({ jobId: z.string().min(1).max(100) });

export const IMPORT_STAGES = ['queued', 'reading', 'extracting', 'loading', 'done', 'failed', 'unchanged'] as const;
export const ImportStageSchema = z.enum(IMPORT_STAGES);

export const ImportDiagnosticSchema = z.object({
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  file: z.string(),
  line: z.number().int().positive().optional(),
});
export type ImportDiagnostic = z.infer<typeof ImportDiagnosticSchema>;

export const ImportedDocumentSchema = z.object({
  /** The name as sent. */
  name: z.string(),
  /** Where it is stored, relative to the project (after sanitising). */
  file: z.string(),
  stage: ImportStageSchema,
  diagnostics: z.array(ImportDiagnosticSchema),
});
export type ImportedDocument = z.infer<typeof ImportedDocumentSchema>;

export const ImportJobSchema = z.object({
  jobId: z.string(),
  state: z.enum(['running', 'done', 'failed']),
  documents: z.array(ImportedDocumentSchema),
  summary: z
    .object({ newEntities: z.number().int(), newRelations: z.number().int(), entityIds: z.array(EntityIdSchema) })
    .optional(),
});
export type ImportJob = z.infer<typeof ImportJobSchema>;

// --- reviews

export const ReviewBodySchema = z.object({
  claim: ClaimSchema,
  state: ReviewStateSchema,
  by: ReviewerSchema,
  note: z.string().trim().min(1).max(2000).optional(),
});
export type ReviewBody = z.infer<typeof ReviewBodySchema>;

/** `review` is absent when the claim went back to proposed (nothing stored). */
export const ReviewResultSchema = z.object({ claim: ClaimSchema, review: ReviewSchema.optional() });
export type ReviewResult = z.infer<typeof ReviewResultSchema>;

const stateCounts = z.object({ proposed: z.number().int(), verified: z.number().int(), rejected: z.number().int() });
export const ReviewSummarySchema = z.object({ relations: stateCounts, entities: stateCounts });
export type ReviewSummary = z.infer<typeof ReviewSummarySchema>;

export const ReviewQueueQuerySchema = z.object({
  sort: z.enum(['confidence', 'degree']).default('confidence'),
  state: ReviewStateSchema.default('proposed'),
  kind: z.enum(['relation', 'entity', 'all']).default('all'),
  limit: queryInt(1, 500).default(100),
  offset: queryInt(0, 999_999_999).default(0),
});
export type ReviewQueueQuery = z.infer<typeof ReviewQueueQuerySchema>;

export const QueuedClaimSchema = z.object({
  kind: z.enum(['relation', 'entity']),
  /** claimKey: the entity id or `source>TYPE>target`. */
  key: z.string(),
  source: EntityIdSchema.optional(),
  target: EntityIdSchema.optional(),
  sourceName: z.string().optional(),
  targetName: z.string().optional(),
  type: z.union([RelationTypeSchema, EntityTypeSchema]).optional(),
  id: EntityIdSchema.optional(),
  name: z.string().optional(),
  /** Relation confidence; for an entity, the highest confidence of its relations (0 without any). */
  confidence: z.number(),
  /** Sum of the degrees of the entities involved. */
  degree: z.number().int(),
  evidence: z.array(EvidenceSchema),
  review: ReviewSchema.optional(),
});
export type QueuedClaim = z.infer<typeof QueuedClaimSchema>;

/** `total`: claims in the asked state; `reviewed` of `all`: the progress line ("212 of 540 reviewed"). */
export const ReviewQueueSchema = z.object({
  claims: z.array(QueuedClaimSchema),
  total: z.number().int(),
  reviewed: z.number().int(),
  all: z.number().int(),
});
export type ReviewQueue = z.infer<typeof ReviewQueueSchema>;

// --- corrections

const authored = { by: ReviewerSchema, note: z.string().trim().min(1).max(2000).optional() };
export const CORRECTION_KINDS = ['rename', 'retype', 'alias', 'merge', 'split', 'add'] as const;
export const CorrectionKindSchema = z.enum(CORRECTION_KINDS);
export type CorrectionKindName = z.infer<typeof CorrectionKindSchema>;

export const CorrectionBodySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('rename'), entity: EntityIdSchema, name: z.string().trim().min(1).max(300), ...authored }).strict(),
  z.object({ kind: z.literal('retype'), entity: EntityIdSchema, type: EntityTypeSchema, ...authored }).strict(),
  z.object({ kind: z.literal('alias'), entity: EntityIdSchema, alias: z.string().trim().min(1).max(300), ...authored }).strict(),
  z.object({ kind: z.literal('merge'), from: EntityIdSchema, into: EntityIdSchema, ...authored }).strict(),
  /** Takes `name` (an alias the merge brought in, or the merged entity's id) back out as its own entity. */
  z.object({ kind: z.literal('split'), entity: EntityIdSchema, name: z.string().trim().min(1).max(300), ...authored }).strict(),
  z
    .object({
      kind: z.literal('add'),
      source: EntityIdSchema,
      type: RelationTypeSchema,
      target: EntityIdSchema,
      by: ReviewerSchema,
      note: z.string().trim().min(1).max(2000),
      language: LanguageSchema.optional(),
    })
    .strict(),
]);
export type CorrectionBody = z.infer<typeof CorrectionBodySchema>;

/** A stored correction: its kind's fields, its id (stable while the item is unchanged), who and when. */
export const CorrectionSchema = z.object({
  id: z.string(),
  kind: CorrectionKindSchema,
  by: z.string().optional(),
  at: z.string().optional(),
  note: z.string().optional(),
  entity: EntityIdSchema.optional(),
  name: z.string().optional(),
  type: z.union([EntityTypeSchema, RelationTypeSchema]).optional(),
  alias: z.string().optional(),
  from: EntityIdSchema.optional(),
  into: EntityIdSchema.optional(),
  source: EntityIdSchema.optional(),
  target: EntityIdSchema.optional(),
  language: LanguageSchema.optional(),
});
export type Correction = z.infer<typeof CorrectionSchema>;

export const CorrectionResultSchema = z.object({
  correction: CorrectionSchema,
  affected: z.object({ entityIds: z.array(EntityIdSchema) }),
});
export type CorrectionResult = z.infer<typeof CorrectionResultSchema>;

export const CorrectionParamsSchema = z.object({ id: z.string().min(1).max(100) });
export const CorrectionListSchema = z.object({ corrections: z.array(CorrectionSchema) });

export const CorrectionPreviewQuerySchema = z.object({ kind: z.literal('merge'), from: EntityIdSchema, into: EntityIdSchema });
const previewEntity = z.object({ id: EntityIdSchema, name: z.string(), type: EntityTypeSchema, aliases: z.array(z.string()) });
export const CorrectionPreviewSchema = z.object({
  from: previewEntity,
  into: previewEntity,
  /** The names `into` gains as aliases. */
  names: z.array(z.string()),
  /** Relations of `from` that move to `into` (those that would join the two are dropped). */
  relationCount: z.number().int(),
  documentCount: z.number().int(),
});
export type CorrectionPreview = z.infer<typeof CorrectionPreviewSchema>;

// --- needs attention

export const AttentionItemSchema = z.object({
  /** The correction kind (`merge`, `rename`…), `review`, or `file` when the curated file itself cannot be read. */
  kind: z.string(),
  /** The item as a person would name it: `merge some-org into other-org`. */
  item: z.string(),
  reason: z.string(),
  file: z.string(),
  line: z.number().int().positive().optional(),
});
export type AttentionItem = z.infer<typeof AttentionItemSchema>;
export const AttentionSchema = z.object({ items: z.array(AttentionItemSchema) });
export type Attention = z.infer<typeof AttentionSchema>;
