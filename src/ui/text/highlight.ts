/** Splits text into plain and highlighted pieces, for evidence quotes and the document reader. */

export interface Piece {
  text: string;
  /** Index of what matched (a name, or a mention), null for plain text. */
  mark: number | null;
  start: number;
}

/** Case- and accent-insensitive folding that keeps string length, so offsets still point into the original. */
function fold(text: string): string {
  let out = '';
  for (const ch of text) {
    const base = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    out += base.length === ch.length ? base : ch.toLowerCase().padEnd(ch.length).slice(0, ch.length);
  }
  return out;
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/**
 * Marks every whole-word occurrence of each name (longest names first, no overlaps). `mark` is the index of the
 * name's group in `groups` (e.g. 0 for the selected actor, 1 for the other one).
 */
export function highlightNames(text: string, groups: readonly (readonly string[])[]): Piece[] {
  const folded = fold(text);
  const names = groups
    .flatMap((names, g) => names.map((n) => ({ n: fold(n.trim()), g })))
    .filter((x) => x.n.length >= 2)
    .sort((a, b) => b.n.length - a.n.length);
  const taken: { start: number; end: number; g: number }[] = [];
  for (const { n, g } of names) {
    for (let at = folded.indexOf(n); at !== -1; at = folded.indexOf(n, at + 1)) {
      const end = at + n.length;
      if (isWordChar(text[at - 1]) || isWordChar(text[end])) continue;
      if (taken.some((t) => at < t.end && end > t.start)) continue;
      taken.push({ start: at, end, g });
    }
  }
  return piecesFrom(text, taken.map((t) => ({ start: t.start, end: t.end, mark: t.g })));
}

/** Pieces from marked ranges (UTF-16 offsets, end exclusive); a range overlapping an earlier one is dropped. */
export function piecesFrom(text: string, ranges: readonly { start: number; end: number; mark: number }[]): Piece[] {
  const sorted = [...ranges]
    .filter((r) => r.start >= 0 && r.end <= text.length && r.end > r.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const pieces: Piece[] = [];
  let at = 0;
  for (const r of sorted) {
    if (r.start < at) continue;
    if (r.start > at) pieces.push({ text: text.slice(at, r.start), mark: null, start: at });
    pieces.push({ text: text.slice(r.start, r.end), mark: r.mark, start: r.start });
    at = r.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), mark: null, start: at });
  return pieces;
}
