import { z } from 'zod';
import { EntityIdSchema } from './entity.js';
import { LanguageSchema } from './language.js';

/** Metadata a user may give in front matter or a sidecar `<name>.meta.yaml`; all optional. */
export const DocumentMetadataSchema = z
  .object({
    title: z.string().min(1).optional(),
    language: LanguageSchema.optional(),
    source: z.string().nullable().optional(),
    date: z.string().nullable().optional(),
    /** Addresses of the published pages a written fixture is modelled on (provenance of development sets). */
    modelledOn: z.array(z.string().min(1)).optional(),
  })
  .strict();
export type DocumentMetadata = z.infer<typeof DocumentMetadataSchema>;

/** Where an entity is named in a document's text (UTF-16 offsets, end exclusive). */
export const MentionSchema = z.object({
  entityId: EntityIdSchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Mention = z.infer<typeof MentionSchema>;

export const DocumentSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  language: LanguageSchema,
  source: z.string().nullable().default(null),
  date: z.string().nullable().default(null),
  path: z.string().optional(),
  contentHash: z.string(),
  text: z.string().optional(),
  mentions: z.array(MentionSchema).default([]),
});
export type Document = z.infer<typeof DocumentSchema>;

export const DiagnosticSchema = z.object({
  severity: z.enum(['error', 'warning']),
  stage: z.string(),
  file: z.string(),
  line: z.number().int().positive().optional(),
  offset: z.number().int().nonnegative().optional(),
  message: z.string(),
});
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
