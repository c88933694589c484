/**
 * Finds the date expressions of one sentence with a language's date grammar: days, months and years ("16. juni 2023",
 * "June 16, 2023", "i mars 2022", "2012"), periods ("2018–2020", "fra 2018 til 2020", "mellan 2018 och 2020"), the
 * period words before them ("siden 1995" → from, "until 2020" → to) and dates relative to the document's date ("i
 * fjol", "next year"). A date without a year borrows the document's; without a document date it stays yearless.
 */
import type { DatePrecision, PartialDate, TimeSpan } from '../../../src/model/index.js';
import type { DateGrammar } from '../../lexicon/buildDateGrammar.js';

export interface DateToken {
  text: string;
  lower: string;
  kind: string;
}

export interface DateMention {
  /** Token range, end exclusive, period words included. */
  first: number;
  last: number;
  span: TimeSpan;
  /** A point with no period word: `span.at` holds it, and the clause decides whether it is a start ("startede i 2012"). */
  plain: boolean;
}

export interface DateContext {
  grammar: DateGrammar;
  /** The document's date (YYYY, YYYY-MM or YYYY-MM-DD), when known: relative dates and yearless dates need it. */
  documentDate: PartialDate | null;
  /** Words that may follow a bare year ("i 2012 og", "2012, da"): any other word makes the number a count ("2000 deltagere"). */
  isFunctionWord: (lower: string) => boolean;
  /** English writes "6/16/2023" month first, the Nordic languages "16.6.2023" day first. */
  monthFirst: boolean;
}

interface Point {
  y?: number;
  m?: number;
  d?: number;
  end: number;
}

const DASHES = new Set(['–', '—', '-']);
const ORDINALS = new Set(['st', 'nd', 'rd', 'th', 'e', 'a']);
const isYear = (n: number) => n >= 1800 && n <= 2099;
const pad = (n: number) => String(n).padStart(2, '0');
const skipDot = (toks: readonly DateToken[], j: number) => (toks[j]?.text === '.' ? j + 1 : j);

/** Length of the first phrase that ends right before token `at` (0 when none does). */
function phraseBefore(toks: readonly DateToken[], at: number, phrases: DateGrammar['since']): number {
  return phrases.find((p) => p.length <= at && p.every((w, k) => toks[at - p.length + k]!.lower === w))?.length ?? 0;
}

/** Length of the first phrase that starts at token `at` (0 when none does). */
function phraseAt(toks: readonly DateToken[], at: number, phrases: DateGrammar['since']): number {
  return phrases.find((p) => p.every((w, k) => toks[at + k]?.lower === w))?.length ?? 0;
}

function yearAt(toks: readonly DateToken[], j: number): number | undefined {
  const t = toks[j];
  if (t?.kind !== 'number' || !/^\d{4}$/.test(t.text)) return undefined;
  const y = Number(t.text);
  return isYear(y) ? y : undefined;
}

/** A day with its month (and year): "16. juni 2023", "16 June", "June 16, 2023", "16.6.2023", "2023-06-16". */
function dayOrMonthAt(toks: readonly DateToken[], i: number, c: DateContext, loneMonth: boolean): Point | undefined {
  const t = toks[i]!;
  const months = c.grammar.months;
  if (t.kind === 'number') {
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t.text);
    if (iso) return valid({ y: Number(iso[1]), m: Number(iso[2]), d: Number(iso[3]), end: i + 1 });
    const numeric = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(t.text);
    if (numeric) {
      const [a, b] = [Number(numeric[1]), Number(numeric[2])];
      return valid({ y: Number(numeric[3]), m: c.monthFirst ? a : b, d: c.monthFirst ? b : a, end: i + 1 });
    }
    if (!/^\d{1,2}$/.test(t.text)) return undefined;
    const after = monthAfterDay(toks, i + 1, c);
    return after && valid({ ...after, d: Number(t.text) });
  }
  const month = t.kind === 'word' ? months.get(t.lower) : undefined;
  if (!month) return undefined;
  let j = skipDot(toks, i + 1);
  const day = toks[j];
  if (c.monthFirst && day?.kind === 'number' && /^\d{1,2}$/.test(day.text)) {
    j += ORDINALS.has(toks[j + 1]?.lower ?? '') ? 2 : 1;
    const k = toks[j]?.text === ',' ? j + 1 : j;
    const y = yearAt(toks, k);
    return valid({ y, m: month.month, d: Number(day.text), end: y === undefined ? j : k + 1 });
  }
  const y = yearAt(toks, j);
  if (y !== undefined) return { y, m: month.month, end: j + 1 };
  // A month alone is a date only as a full name after a period word ("i mars", "since May"): "may" is also a verb.
  return loneMonth && month.full ? { m: month.month, end: i + 1 } : undefined;
}

/** "[.] juni [2023]" after a day: the month, and the year when one follows. */
function monthAfterDay(toks: readonly DateToken[], at: number, c: DateContext): Point | undefined {
  let j = skipDot(toks, at);
  const month = c.grammar.months.get(toks[j]?.lower ?? '');
  if (!month) return undefined;
  j = skipDot(toks, j + 1);
  const y = yearAt(toks, j);
  return { y, m: month.month, end: y === undefined ? j : j + 1 };
}

function valid(p: Point): Point | undefined {
  if (p.m === undefined || p.m < 1 || p.m > 12) return undefined;
  if (p.d !== undefined && (p.d < 1 || p.d > 31)) return undefined;
  return p;
}

/** Any point at token i: a day or month, else a year ("2012"), which a word other than a function word must not follow. */
function pointAt(toks: readonly DateToken[], i: number, c: DateContext, afterPeriodWord: boolean): Point | undefined {
  const full = dayOrMonthAt(toks, i, c, afterPeriodWord);
  if (full) return full;
  const y = yearAt(toks, i);
  if (y === undefined) return undefined;
  const next = toks[i + 1];
  if (!afterPeriodWord && next?.kind === 'word' && !c.isFunctionWord(next.lower)) return undefined;
  return { y, end: i + 1 };
}

function partial(p: Point, borrowed: number | undefined): PartialDate {
  const y = p.y ?? borrowed;
  const md = p.m === undefined ? '' : p.d === undefined ? `-${pad(p.m)}` : `-${pad(p.m)}-${pad(p.d)}`;
  return y === undefined ? `-${md}` : `${y}${md}`;
}

const precisionOfPoint = (p: Point): DatePrecision => (p.d !== undefined ? 'day' : p.m !== undefined ? 'month' : 'year');
const RANK: Record<DatePrecision, number> = { day: 0, month: 1, year: 2 };
const coarser = (a: DatePrecision, b: DatePrecision) => (RANK[a] >= RANK[b] ? a : b);

function relativeAt(toks: readonly DateToken[], i: number, c: DateContext): DateMention | undefined {
  const doc = c.documentDate;
  if (!doc || !c.grammar.openers.has(toks[i]!.lower)) return undefined;
  const r = c.grammar.relative.find((x) => x.words.every((w, k) => toks[i + k]?.lower === w));
  if (!r) return undefined;
  const [year, month] = doc.split('-').map(Number) as [number, number | undefined];
  const last = i + r.words.length;
  if (!r.months) return { first: i, last, span: { at: String(year + r.years), precision: 'year' }, plain: true };
  if (r.last && month === undefined) return undefined;
  const [a, b] = r.months;
  let start = year + r.years;
  if (r.last && month! < a) start--;
  const end = a > b ? start + 1 : start;
  return { first: i, last, span: { from: `${start}-${pad(a)}`, to: `${end}-${pad(b)}`, precision: 'month' }, plain: false };
}

/** The second end of a period after a point that ends at `j`: a dash, or the `to`/`and` word its opening word calls for. */
function periodEnd(toks: readonly DateToken[], j: number, c: DateContext, opener: 'from' | 'between' | undefined): Point | undefined {
  let k = 0;
  if (DASHES.has(toks[j]?.text ?? '')) k = 1;
  else if (opener === 'from') k = phraseAt(toks, j, c.grammar.to);
  else if (opener === 'between') k = phraseAt(toks, j, c.grammar.and);
  if (k === 0) return undefined;
  return pointAt(toks, j + k, c, true);
}

/** "16.–18. juni": a day before a dash and a dated day takes that day's month and year. */
function dayRangeStart(toks: readonly DateToken[], i: number, c: DateContext): { day: number; next: number } | undefined {
  const t = toks[i]!;
  if (t.kind !== 'number' || !/^\d{1,2}$/.test(t.text)) return undefined;
  let j = toks[i + 1]?.text === '.' ? i + 2 : i + 1;
  if (!DASHES.has(toks[j]?.text ?? '')) return undefined;
  j++;
  return dayOrMonthAt(toks, j, c, false)?.d !== undefined ? { day: Number(t.text), next: j } : undefined;
}

export function findDates(toks: readonly DateToken[], c: DateContext, skip: (i: number) => boolean = () => false): DateMention[] {
  const found: DateMention[] = [];
  const docYear = c.documentDate ? Number(c.documentDate.slice(0, 4)) : undefined;
  const g = c.grammar;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (skip(i) || (t.kind !== 'number' && !g.months.has(t.lower) && !g.openers.has(t.lower))) continue;
    const relative = relativeAt(toks, i, c);
    if (relative) {
      found.push(relative);
      i = relative.last - 1;
      continue;
    }
    const since = phraseBefore(toks, i, g.since);
    const until = since ? 0 : phraseBefore(toks, i, g.until);
    const from = since || until ? 0 : phraseBefore(toks, i, g.from);
    const between = since || until || from ? 0 : phraseBefore(toks, i, g.between);
    const inWord = since || until || from || between ? 0 : phraseBefore(toks, i, g.in);
    const opener = from ? 'from' : between ? 'between' : undefined;
    const lead = since || until || from || between || inWord;
    const years = /^(\d{4})-(\d{2}|\d{4})$/.exec(t.text);
    if (years && isYear(Number(years[1]))) {
      const to = years[2]!.length === 2 ? `${years[1]!.slice(0, 2)}${years[2]}` : years[2]!;
      if (to > years[1]!) found.push({ first: i - lead, last: i + 1, span: { from: years[1], to, precision: 'year' }, plain: false });
      continue;
    }
    const dashedDays = /^(\d{1,2})-(\d{1,2})$/.exec(t.text);
    if (dashedDays) {
      const month = monthAfterDay(toks, i + 1, c);
      const [a, b] = [Number(dashedDays[1]), Number(dashedDays[2])];
      const [p1, p2] = month ? [valid({ ...month, d: a }), valid({ ...month, d: b })] : [];
      if (p1 && p2 && a < b) {
        const year = p1.y ?? docYear;
        found.push({ first: i - lead, last: p2.end, span: { from: partial(p1, year), to: partial(p2, year), precision: 'day' }, plain: false });
        i = p2.end - 1;
      }
      continue;
    }
    const days = dayRangeStart(toks, i, c);
    const p1 = days ? undefined : pointAt(toks, i, c, lead > 0);
    if (!days && !p1) continue;
    const p2 = days ? dayOrMonthAt(toks, days.next, c, false) : periodEnd(toks, p1!.end, c, opener);
    const first = i - lead;
    if (p2) {
      const start: Point = days ? { ...p2, d: days.day } : { ...p1!, y: p1!.y ?? p2.y };
      const year = p2.y ?? docYear;
      found.push({
        first,
        last: p2.end,
        span: { from: partial(start, year), to: partial(p2, year), precision: coarser(precisionOfPoint(start), precisionOfPoint(p2)) },
        plain: false,
      });
      i = p2.end - 1;
      continue;
    }
    const at = partial(p1!, docYear);
    const precision = precisionOfPoint(p1!);
    const span: TimeSpan = since || from ? { from: at, precision } : until ? { to: at, precision } : { at, precision };
    found.push({ first, last: p1!.end, span, plain: !since && !from && !until });
    i = p1!.end - 1;
  }
  return found;
}
