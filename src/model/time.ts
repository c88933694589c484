import { z } from 'zod';
import { EvidenceSchema } from './evidence.js';

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export const DatePrecisionSchema = z.enum(DATE_PRECISIONS);
export type DatePrecision = z.infer<typeof DatePrecisionSchema>;

/**
 * A calendar date written only as far as the text knows it: '2012', '2023-06', '2023-06-16'. When neither the text
 * nor the document gives the year, the year is left out ISO 8601's way: '--06-16', '--06'. Such a date can be shown
 * but not placed on a timeline.
 */
const MONTH = '(?:0[1-9]|1[0-2])';
const DAY = '(?:0[1-9]|[12]\\d|3[01])';
const PARTIAL_DATE = new RegExp(`^(?:\\d{4}(?:-${MONTH}(?:-${DAY})?)?|--${MONTH}(?:-${DAY})?)$`);

export const PartialDateSchema = z.string().regex(PARTIAL_DATE, 'a date is YYYY, YYYY-MM, YYYY-MM-DD, --MM or --MM-DD');
export type PartialDate = z.infer<typeof PartialDateSchema>;

const hasYear = (d: PartialDate): boolean => !d.startsWith('--');

/** The precision a partial date is written to. */
export function precisionOf(d: PartialDate): DatePrecision {
  const parts = (hasYear(d) ? d : `0000${d.slice(1)}`).split('-').length;
  return parts === 3 ? 'day' : parts === 2 ? 'month' : 'year';
}

const timeSpanShape = {
  /** The relation or event began then ("since 1995", "from 2018"). */
  from: PartialDateSchema.optional(),
  /** It ended then ("until 2020", the end of "2018–2020"). */
  to: PartialDateSchema.optional(),
  /** It happened or was stated then ("founded in 1980", "on 16 June"). */
  at: PartialDateSchema.optional(),
  precision: DatePrecisionSchema,
};
const someDate = (t: { from?: string; to?: string; at?: string }) =>
  t.from !== undefined || t.to !== undefined || t.at !== undefined;
const SOME_DATE = { message: 'a time needs at least one of from, to, at' };

/** When something holds, as far as the text says. */
export const TimeSpanSchema = z.object(timeSpanShape).refine(someDate, SOME_DATE);
export type TimeSpan = z.infer<typeof TimeSpanSchema>;

/** A time span with the sentence that states it. */
export const StatedTimeSchema = z.object({ ...timeSpanShape, evidence: EvidenceSchema }).refine(someDate, SOME_DATE);
export type StatedTime = z.infer<typeof StatedTimeSchema>;

/** First and last calendar day a partial date covers ('2012' → 2012-01-01 … 2012-12-31); undefined without a year. */
export function dayRange(d: PartialDate): { first: string; last: string } | undefined {
  if (!hasYear(d)) return undefined;
  const [y, m, day] = d.split('-');
  if (day) return { first: d, last: d };
  if (m) {
    const lastDay = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return { first: `${y}-${m}-01`, last: `${y}-${m}-${String(lastDay).padStart(2, '0')}` };
  }
  return { first: `${y}-01-01`, last: `${y}-12-31` };
}

/**
 * The days a span holds, as ISO dates: `at` alone is its own range; `from` without `to` is open to the future, `to`
 * without `from` open to the past (null). Undefined when no part of the span has a year.
 */
export function spanBounds(t: TimeSpan): { first: string | null; last: string | null } | undefined {
  const at = t.at ? dayRange(t.at) : undefined;
  const from = t.from ? dayRange(t.from) : undefined;
  const to = t.to ? dayRange(t.to) : undefined;
  if (!at && !from && !to) return undefined;
  const first = from?.first ?? at?.first ?? null;
  const last = to?.last ?? (t.from && !t.to ? null : at?.last ?? null);
  return { first, last };
}

/** Whether a span holds at some day of the closed period [first, last] (ISO dates). Yearless spans never do. */
export function spanOverlaps(t: TimeSpan, first: string, last: string): boolean {
  const b = spanBounds(t);
  if (!b) return false;
  return (b.first === null || b.first <= last) && (b.last === null || b.last >= first);
}

/**
 * One span summing up several statements of the same relation: the earliest start and the latest end, at the coarsest
 * precision among them. Used where a relation or event is shown once (graph slices, exports).
 */
export function summariseTimes(times: readonly TimeSpan[]): TimeSpan | undefined {
  if (times.length === 0) return undefined;
  if (times.length === 1) {
    const { from, to, at, precision } = times[0]!;
    return { ...(from && { from }), ...(to && { to }), ...(at && { at }), precision };
  }
  const rank: Record<DatePrecision, number> = { day: 0, month: 1, year: 2 };
  const min = (xs: (string | undefined)[]) => xs.filter((x): x is string => !!x).sort()[0];
  const max = (xs: (string | undefined)[]) => xs.filter((x): x is string => !!x).sort().at(-1);
  const from = min(times.map((t) => t.from));
  const to = max(times.map((t) => t.to));
  const distinctAts = [...new Set(times.map((t) => t.at).filter((x): x is string => !!x))].sort();
  const precision = times.map((t) => t.precision).sort((a, b) => rank[b] - rank[a])[0]!;
  const span: TimeSpan = { precision };
  // Several different moments read as the period they spread over.
  const first = from ?? (distinctAts.length > 1 ? distinctAts[0] : undefined);
  const last = to ?? (distinctAts.length > 1 ? distinctAts.at(-1) : undefined);
  if (first) span.from = first;
  if (last) span.to = last;
  if (distinctAts.length === 1) span.at = distinctAts[0];
  return span;
}
