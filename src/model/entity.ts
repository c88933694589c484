import { z } from 'zod';
import { StatedTimeSchema } from './time.js';

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

/** A WGS 84 position (degrees), as a gazetteer gives it. */
export const GeoPointSchema = z.object({
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
});
export type GeoPoint = z.infer<typeof GeoPointSchema>;

export const EntitySchema = z.object({
  id: EntityIdSchema,
  name: z.string().min(1),
  type: EntityTypeSchema,
  aliases: z.array(z.string().min(1)).default([]),
  /** A place's position, from the gazetteer (graph-data); other actors are placed through LOCATED_IN. */
  location: GeoPointSchema.optional(),
  /** When an event took place, or began and ended, as its documents state. */
  dates: z.array(StatedTimeSchema).optional(),
  // Open bag for later fields (dates, coordinates, urls) so adding one breaks no reader.
  attributes: z.record(z.string(), z.unknown()).optional(),
});
export type Entity = z.infer<typeof EntitySchema>;
