/** Splits a document's text at its mentions and at an evidence range, for the reader view. */

export interface ReaderPiece {
  start: number;
  end: number;
  /** Index into the mentions list, or null outside any mention. */
  mention: number | null;
  /** Inside the evidence range the reader was opened for. */
  inRange: boolean;
}

/** Mentions that overlap an earlier one are skipped; offsets are UTF-16, end exclusive. */
export function readerPieces(
  length: number,
  mentions: readonly { start: number; end: number }[],
  range: { start: number; end: number } | null,
): ReaderPiece[] {
  const order = mentions
    .map((m, i) => ({ ...m, i }))
    .filter((m) => m.start >= 0 && m.end <= length && m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const spans: { start: number; end: number; mention: number | null }[] = [];
  let at = 0;
  for (const m of order) {
    if (m.start < at) continue;
    if (m.start > at) spans.push({ start: at, end: m.start, mention: null });
    spans.push({ start: m.start, end: m.end, mention: m.i });
    at = m.end;
  }
  if (at < length) spans.push({ start: at, end: length, mention: null });

  if (!range) return spans.map((s) => ({ ...s, inRange: false }));
  // Cut spans at the range's ends so each piece is wholly inside or outside it.
  return spans.flatMap((s) => {
    const cuts = [s.start, ...[range.start, range.end].filter((c) => c > s.start && c < s.end), s.end];
    return cuts.slice(0, -1).map((start, k) => {
      const end = cuts[k + 1] ?? s.end;
      return { start, end, mention: s.mention, inRange: start >= range.start && end <= range.end };
    });
  });
}
