/** A document's date as the partial date its day, month or year gives ("2024-03-12T09:00:00Z" → "2024-03-12"). */
import type { PartialDate } from '../../../src/model/index.js';

export function documentPartialDate(date: string | null | undefined): PartialDate | null {
  const m = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?(?![\d])/.exec(date?.trim() ?? '');
  if (!m) return null;
  return [m[1], m[2], m[3]].filter(Boolean).join('-');
}
