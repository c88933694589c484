import { z } from 'zod';

export const ENTITY_TYPES = [
  'Organisation',
  'Programme',
  'Event',
  'Person',
  'Place',
  'Funding',
  'Network',
  'Publication',
] as const;

export const EntityTypeSchema = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityTypeSchema>;

/** Stable entity ids are lowercase slugs (letters of any script, digits, '-', ':'), so they survive re-imports and URLs. */
export const EntityIdSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[\p{Ll}\p{Lo}\p{N}:_-]+$/u, 'entity id must be a lowercase slug');
export type EntityId = z.infer<typeof EntityIdSchema>;

export const EntitySchema = z.object({
  id: EntityIdSchema,
  name: z.string().min(1),
  type: EntityTypeSchema,
  aliases: z.array(z.string().min(1)).default([]),
  // Open bag for later fields (dates, coordinates, urls) so adding one breaks no reader.
  attributes: z.record(z.string(), z.unknown()).optional(),
});
export type Entity = z.infer<typeof EntitySchema>;
