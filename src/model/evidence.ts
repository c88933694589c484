import { z } from 'zod';
import { LanguageSchema } from './language.js';

/** The sentence that supports a fact, located exactly in its document (offsets are UTF-16 code units, end exclusive). */
export const EvidenceSchema = z.object({
  documentId: z.string().min(1),
  sentence: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  language: LanguageSchema,
  trigger: z.string().optional(),
  /** The extraction rule that read the relation here (see importer/extract/relations): what its confidence was measured on. */
  mechanism: z.string().optional(),
  /** What that rule's reading of this sentence is worth (its calibrated confidence); a document's part of a relation combines its sentences'. */
  confidence: z.number().min(0).max(1).optional(),
  note: z.string().optional(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** The `documentId` of evidence a person added in graph-data/curated: its sentence is their note, in no document. */
export const CURATED_DOCUMENT_ID = '@curated';

export const isCuratedEvidence = (e: Pick<Evidence, 'documentId'>): boolean => e.documentId === CURATED_DOCUMENT_ID;
