import { z } from 'zod';
import { DiagnosticSchema, DocumentSchema } from './document.js';
import { EntitySchema } from './entity.js';
import { CoMentionSchema, RelationSchema } from './relation.js';

/** What `npm run extract` prints and what the load stage consumes. */
export const ExtractionSchema = z.object({
  documents: z.array(DocumentSchema),
  entities: z.array(EntitySchema),
  relations: z.array(RelationSchema),
  coMentions: z.array(CoMentionSchema),
  diagnostics: z.array(DiagnosticSchema),
});
export type Extraction = z.infer<typeof ExtractionSchema>;
