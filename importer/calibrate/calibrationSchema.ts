/**
 * The shape of graph-data/eval/calibration.yaml: how often each extraction mechanism was right on the annotated
 * sets it was measured on. `npm run calibrate` writes it; extraction turns it into each relation's confidence.
 */
import { z } from 'zod';
import { RelationTypeSchema } from '../../src/model/index.js';

const count = z.number().int().nonnegative();

export const MeasuredMechanismSchema = z
  .object({
    mechanism: z.string().min(1),
    /** Absent: the mechanism over every relation type. */
    type: RelationTypeSchema.optional(),
    correct: count,
    predicted: count,
  })
  .strict()
  .refine((m) => m.correct <= m.predicted, { message: 'correct cannot exceed predicted' });

export const CalibrationSetSchema = z.object({ gold: z.string().min(1), documents: z.string().min(1) }).strict();

export const CalibrationFileSchema = z
  .object({
    /** The annotated sets (paths relative to the project root) the figures come from; `npm run calibrate` re-reads them. */
    sets: z.array(CalibrationSetSchema).min(1),
    mechanisms: z.array(MeasuredMechanismSchema).default([]),
  })
  .strict();

export type CalibrationSet = z.infer<typeof CalibrationSetSchema>;
export type MeasuredMechanism = z.infer<typeof MeasuredMechanismSchema>;
export type CalibrationFile = z.infer<typeof CalibrationFileSchema>;
