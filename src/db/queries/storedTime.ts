/**
 * How times and places are kept in Neo4j. A relation's or event's summed-up time is stored as `from`, `to`, `at`
 * (Neo4j `date` values: `from` and `at` the first day of what they name, `to` the last, so range comparisons hold)
 * with `datePrecision`, and exactly as the summary writes it in `time` (JSON), which slices read. A yearless date
 * ('--06-16') cannot be a Neo4j date: it is only in `time` and `dates`. The statements themselves are JSON in
 * `dates`, as evidence is. A place's position is a WGS-84 `point`.
 */
import { dayRange, StatedTimeSchema, summariseTimes, TimeSpanSchema, type DatePrecision, type GeoPoint, type StatedTime, type TimeSpan } from '../../model/index.js';

export interface StoredTime {
  /** The summary as JSON (a TimeSpan), yearless parts included. */
  time: string | null;
  /** ISO days ('2012-01-01'), written as Neo4j dates by `date()`; null for a yearless or absent part. */
  from: string | null;
  to: string | null;
  at: string | null;
  datePrecision: DatePrecision | null;
}

export const NO_TIME: StoredTime = { time: null, from: null, to: null, at: null, datePrecision: null };

/** The stored time as the row columns the writers take, in the order time, from, to, at, datePrecision. */
export const timeRow = (t: Partial<StoredTime>) => [t.time ?? null, t.from ?? null, t.to ?? null, t.at ?? null, t.datePrecision ?? null];

const bound = (d: string | undefined, end: 'first' | 'last') => (d === undefined ? null : (dayRange(d)?.[end] ?? null));

export function storedTime(span: TimeSpan | undefined): StoredTime {
  if (!span) return NO_TIME;
  return {
    // A fixed key order, so equal summaries are stored as equal strings.
    time: JSON.stringify({ from: span.from, to: span.to, at: span.at, precision: span.precision }),
    from: bound(span.from, 'first'),
    to: bound(span.to, 'last'),
    at: bound(span.at, 'first'),
    datePrecision: span.precision,
  };
}

/** Cypher for one StoredTime day: a Neo4j date (null stays null). */
export const temporal = (field: string): string => `date(${field})`;

/** Cypher for a GeoPoint parameter as a WGS-84 point (null stays null). */
export const geoPoint = (field: string): string => `CASE WHEN ${field} IS NULL THEN null ELSE point({latitude: ${field}.latitude, longitude: ${field}.longitude}) END`;

/** A StatedTime as JSON with a fixed key order, so equal statements are stored as equal strings. */
export function statedTimeJson(t: StatedTime): string {
  const { documentId, sentence, start, end, language, trigger, mechanism, note } = t.evidence;
  return JSON.stringify({
    from: t.from, to: t.to, at: t.at, precision: t.precision,
    evidence: { documentId, sentence, start, end, language, trigger, mechanism, note },
  });
}

export const parseStatedTime = (json: string): StatedTime => StatedTimeSchema.parse(JSON.parse(json));

/** The stored statements (JSON) and their summary, ready to write. */
export function timeProps(dates: readonly string[]): StoredTime & { dates: string[] } {
  return { dates: [...dates], ...storedTime(summariseTimes(dates.map(parseStatedTime))) };
}

/** A stored `time` read back; undefined when nothing is dated. */
export function timeFromStored(json: unknown): TimeSpan | undefined {
  return typeof json === 'string' ? TimeSpanSchema.parse(JSON.parse(json)) : undefined;
}

/** A stored position read back as [latitude, longitude]. */
export function pointFromStored(values: unknown): GeoPoint | undefined {
  if (!Array.isArray(values) || typeof values[0] !== 'number' || typeof values[1] !== 'number') return undefined;
  return { latitude: values[0], longitude: values[1] };
}
