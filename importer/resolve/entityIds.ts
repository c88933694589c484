/** Stable entity ids: a lower-case slug of the entity's normalised name ("Room for Growth" → "room-for-growth"). */
import { createHash } from 'node:crypto';
import { EntityIdSchema } from '../../src/model/index.js';

export function slugify(text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/^[a-z]+:/, '')
    .replace(/[^\p{Ll}\p{Lo}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
  // Names of symbols only ("+++") still need an id that is the same on every run.
  return EntityIdSchema.safeParse(slug).success ? slug : `e-${createHash('sha1').update(text).digest('hex').slice(0, 12)}`;
}
