/** Checks a request part against its zod schema; a mismatch is an InvalidInputError naming each field. */
import type { z } from 'zod';
import { InvalidInputError } from '../errors.js';

export type RequestPart = 'query' | 'params' | 'body';

export function parseInput<S extends z.ZodType>(schema: S, value: unknown, part: RequestPart): z.output<S> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => `${[part, ...i.path.map(String)].join('.')}: ${i.message}`);
  throw new InvalidInputError(issues.join('; '));
}
