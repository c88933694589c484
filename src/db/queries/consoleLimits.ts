/**
 * Size limits of the console, checked without recursion so that hostile nesting cannot overflow the stack: the
 * parameters before the driver encodes them (a stack overflow mid-encoding is what poisoned pooled connections),
 * and each result record as it streams in.
 */
import { InvalidInputError } from '../../errors.js';

export const MAX_PARAM_DEPTH = 32;
export const MAX_PARAM_VALUES = 100_000;

/** Throws InvalidInputError naming the path of the first value nested deeper than MAX_PARAM_DEPTH. */
export function assertParamsWithinLimits(params: Record<string, unknown>): void {
  const stack: [unknown, string, number][] = [[params, 'params', 0]];
  let values = 0;
  while (stack.length) {
    const [value, path, depth] = stack.pop()!;
    if (++values > MAX_PARAM_VALUES) throw new InvalidInputError(`params: more than ${MAX_PARAM_VALUES} values`);
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_PARAM_DEPTH) throw new InvalidInputError(`${path}: nested deeper than ${MAX_PARAM_DEPTH} levels`);
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    for (const [key, child] of entries) stack.push([child, Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`, depth + 1]);
  }
}

export interface ResultBudget {
  bytes: number;
  values: number;
}

/** Adds the approximate JSON size and value count of `value` to `used`; stops counting once past the budget. */
export function spend(value: unknown, used: ResultBudget, budget: ResultBudget): boolean {
  const stack = [value];
  while (stack.length) {
    if (used.bytes > budget.bytes || used.values > budget.values) return false;
    const v = stack.pop();
    used.values += 1;
    if (typeof v === 'string') used.bytes += v.length + 2;
    else if (v === null || typeof v !== 'object') used.bytes += 8;
    else if (Array.isArray(v)) {
      used.bytes += 2 + v.length;
      for (const item of v) stack.push(item);
    } else {
      for (const [key, item] of Object.entries(v)) {
        used.bytes += key.length + 4;
        stack.push(item);
      }
    }
  }
  return used.bytes <= budget.bytes && used.values <= budget.values;
}
