/**
 * The shape of graph-data/curated/corrections.yaml: human corrections and review states, applied on every import.
 * Who made an item and when (`by`, `at`) and why (`note`) are optional, so a file written by hand stays short.
 */
import { z } from 'zod';
import { EntityIdSchema, EntityTypeSchema, LanguageSchema, RelationTypeSchema } from '../../src/model/index.js';

const relationRef = { source: EntityIdSchema, type: RelationTypeSchema, target: EntityIdSchema };
const authored = { by: z.string().trim().min(1).optional(), at: z.string().trim().min(1).optional(), note: z.string().trim().min(1).optional() };
const item = <T extends z.ZodRawShape>(shape: T) => z.object({ ...authored, ...shape }).strict();
/** A reviewed claim: a relation (symmetric types either way round) or an entity. */
const claim = z.union([item(relationRef), item({ entity: EntityIdSchema })]);

// One list per kind: zod then names the exact item (`merge.2.into`) and the loader its line.
export const CorrectionsFileSchema = z
  .object({
    merge: z.array(item({ from: EntityIdSchema, into: EntityIdSchema })).default([]),
    /** Takes `name` (the merged entity's id or one of its names) back out of the merges into `entity`. */
    split: z.array(item({ entity: EntityIdSchema, name: z.string().trim().min(1) })).default([]),
    rename: z.array(item({ entity: EntityIdSchema, name: z.string().trim().min(1) })).default([]),
    retype: z.array(item({ entity: EntityIdSchema, type: EntityTypeSchema })).default([]),
    alias: z.array(item({ entity: EntityIdSchema, alias: z.string().trim().min(1) })).default([]),
    verify: z.array(claim).default([]),
    reject: z.array(claim).default([]),
    add: z
      .array(z.object({ ...authored, ...relationRef, note: z.string().trim().min(1), language: LanguageSchema.default('en') }).strict())
      .default([]),
  })
  .strict();

export type CorrectionsFile = z.infer<typeof CorrectionsFileSchema>;
export type CorrectionKind = keyof CorrectionsFile;
export type ClaimItem = CorrectionsFile['verify'][number];
export const CORRECTION_LISTS = Object.keys(CorrectionsFileSchema.shape) as CorrectionKind[];

/** A validated corrections file plus where each item sits, so diagnostics can name file:line. */
export interface Corrections extends CorrectionsFile {
  file: string;
  lineOf(kind: CorrectionKind, index: number): number;
}

export const NO_CORRECTIONS: Corrections = { ...CorrectionsFileSchema.parse({}), file: '(none)', lineOf: () => 1 };
