/** A brushed period of whole years, as the timeline and the address hold it ('2010-2015', or '2012' for one year). */
export interface Period {
  from: number;
  to: number;
}

const YEAR = /^\d{4}$/;

/** Orders the ends, so a brush dragged right to left is the same period. */
export function periodOf(a: number, b: number): Period {
  return { from: Math.min(a, b), to: Math.max(a, b) };
}

export function encodePeriod(p: Period): string {
  return p.from === p.to ? String(p.from) : `${p.from}-${p.to}`;
}

/** The period a link names, or null when the text is not one ('2015-2010' is read as 2010–2015). */
export function decodePeriod(text: string | null): Period | null {
  if (!text) return null;
  const [a = '', b = a, extra] = text.split('-');
  if (extra !== undefined || !YEAR.test(a) || !YEAR.test(b)) return null;
  return periodOf(Number(a), Number(b));
}

/** The first and last day of the period, as ISO dates (what spanOverlaps compares against). */
export function periodDays(p: Period): { first: string; last: string } {
  return { first: `${String(p.from).padStart(4, '0')}-01-01`, last: `${String(p.to).padStart(4, '0')}-12-31` };
}

export function samePeriod(a: Period | null, b: Period | null): boolean {
  return a === b || (a !== null && b !== null && a.from === b.from && a.to === b.to);
}

export function describePeriod(p: Period): string {
  return p.from === p.to ? String(p.from) : `${p.from}–${p.to}`;
}
