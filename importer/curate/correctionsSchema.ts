/** The shape of graph-data/curated/corrections.yaml: human corrections applied on every import. */
import { z } from 'zod';
import { EntityIdSchema, EntityTypeSchema, LanguageSchema, RelationTypeSchema } from '../../src/model/index.js';

const relationRef = { source: EntityIdSchema, type: RelationTypeSchema, target: EntityIdSchema };

// One list per kind of correction: zod then names the exact item (`merge.2.into`) and the loader its line.
export const CorrectionsFileSchema = z
  .object({
    merge: z.array(z.object({ from: EntityIdSchema, into: EntityIdSchema }).strict()).default([]),
    rename: z.array(z.object({ entity: EntityIdSchema, name: z.string().trim().min(1) }).strict()).default([]),
    retype: z.array(z.object({ entity: EntityIdSchema, type: EntityTypeSchema }).strict()).default([]),
    alias: z.array(z.object({ entity: EntityIdSchema, alias: z.string().trim().min(1) }).strict()).default([]),
    reject: z.array(z.object(relationRef).strict()).default([]),
    add: z
      .array(z.object({ ...relationRef, note: z.string().trim().min(1), language: LanguageSchema.default('en') }).strict())
      .default([]),
  })
  .strict();

export type CorrectionsFile = z.infer<typeof CorrectionsFileSchema>;
export type CorrectionKind = keyof CorrectionsFile;

/** A validated corrections file plus where each item sits, so diagnostics can name file:line. */
export interface Corrections extends CorrectionsFile {
  file: string;
  lineOf(kind: CorrectionKind, index: number): number;
}

export const NO_CORRECTIONS: Corrections = {
  file: '(none)',
  merge: [],
  rename: [],
  retype: [],
  alias: [],
  reject: [],
  add: [],
  lineOf: () => 1,
};
