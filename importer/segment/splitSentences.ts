/**
 * Sentences of one block: Intl.Segmenter for the language, then joined back where it broke after an abbreviation
 * that never ends a sentence ("bl.a.", "Dr.") or after an initial ("Kari L. Berg"). A run of text with no sentence
 * end is cut into pieces of at most MAX_SENTENCE_CHARS, so no later stage meets a "sentence" of a whole document.
 */
import type { Language } from '../../src/model/index.js';

const segmenters = new Map<Language, Intl.Segmenter>();
const segmenterFor = (language: Language) => {
  let s = segmenters.get(language);
  if (!s) segmenters.set(language, (s = new Intl.Segmenter(language, { granularity: 'sentence' })));
  return s;
};

/**
 * Far longer than any sentence of an article (the sample corpus's longest is 350): a longer span is a list or a
 * text without stops, and stages that compare the mentions of a sentence pairwise must not see it whole.
 */
export const MAX_SENTENCE_CHARS = 2000;
/**
 * V8's sentence iterator takes time growing with the square of its text's length (20,000 sentences in one string:
 * about a minute), so a long block is segmented in windows of this size. Sentence breaks depend on a few
 * characters around them, so every break but the window's last is the one the whole text would have.
 */
const WINDOW_CHARS = 2 * MAX_SENTENCE_CHARS;
/** Abbreviations and initials are short; the end of a sentence this long holds any of them. */
const TAIL_CHARS = 64;

const LAST_WORD = /(?:^|[\s(“”"«])([\p{L}.]+\.)$/u;
// One or a few initials: "Kari L. Berg", "A.P. Møller Fonden".
const INITIAL = /^(?:\p{Lu}\.){1,3}$/u;

function endsWithoutStop(text: string, span: Span, abbreviations: ReadonlySet<string>): boolean {
  const word = LAST_WORD.exec(text.slice(Math.max(span.start, span.end - TAIL_CHARS), span.end))?.[1];
  return word !== undefined && (INITIAL.test(word) || abbreviations.has(word.toLowerCase()));
}

export interface Span {
  start: number;
  end: number;
}

/** Where to cut a run longer than MAX_SENTENCE_CHARS: after its last space within the limit, else at the limit. */
function cutPoint(text: string, start: number): number {
  const limit = start + MAX_SENTENCE_CHARS;
  for (let k = limit; k > start + MAX_SENTENCE_CHARS / 2; k--) if (/\s/.test(text[k - 1]!)) return k;
  // Not inside a surrogate pair.
  return /[\uD800-\uDBFF]/.test(text[limit - 1]!) ? limit - 1 : limit;
}

/**
 * Characters none of which ends a sentence for Unicode's rules (no STerm, ATerm or paragraph separator): a block of
 * only these is one sentence, and headings and list items (most blocks of many documents) skip the segmenter.
 */
const NO_SENTENCE_END = /^[\p{L}\p{M}\p{N} \t,;:'"’‘“”«»()&/+%#@*_–—-]*$/u;

/** Intl.Segmenter's segments of text[start, end), in windows; a segment filling a whole window is cut (`cut`). */
function* segments(text: string, start: number, end: number, language: Language): Generator<Span & { cut?: boolean }> {
  if (end - start <= MAX_SENTENCE_CHARS && NO_SENTENCE_END.test(text.slice(start, end))) {
    yield { start, end };
    return;
  }
  let from = start;
  while (from < end) {
    const to = Math.min(end, from + WINDOW_CHARS);
    // A block may hold wrapped lines; to the segmenter a newline is a paragraph break, so it sees a space (same length).
    const found = [...segmenterFor(language).segment(text.slice(from, to).replaceAll('\n', ' '))];
    // The window's last segment may go on past it: it is segmented again at the start of the next window.
    const kept = to === end ? found.length : found.length - 1;
    if (kept === 0) {
      const cut = cutPoint(text, from);
      yield { start: from, end: cut, cut: true };
      from = cut;
      continue;
    }
    for (const seg of found.slice(0, kept)) yield { start: from + seg.index, end: from + seg.index + seg.segment.length };
    if (to === end) break;
    from += found[kept]!.index;
  }
}

/**
 * Sentence spans (offsets into `text`) between `start` and `end`, trimmed of surrounding space; `cut` counts those
 * that end where a run without a sentence end was cut.
 */
export function splitSentences(
  text: string,
  start: number,
  end: number,
  language: Language,
  abbreviations: ReadonlySet<string>,
): { spans: Span[]; cut: number } {
  const spans: Span[] = [];
  let cut = 0;
  let open: Span | undefined;
  for (const seg of segments(text, start, end, language)) {
    let s = seg.start;
    let e = seg.end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    for (let from = s; from < e; ) {
      const to = e - from > MAX_SENTENCE_CHARS ? cutPoint(text, from) : e;
      let pieceEnd = to;
      while (pieceEnd > from && /\s/.test(text[pieceEnd - 1]!)) pieceEnd--;
      const span = { start: from, end: pieceEnd };
      const joins = open && span.end - open.start <= MAX_SENTENCE_CHARS && endsWithoutStop(text, open, abbreviations);
      if (joins) open!.end = span.end;
      else spans.push((open = span));
      if (to < e || seg.cut) cut++;
      for (from = to; from < e && /\s/.test(text[from]!); ) from++;
    }
  }
  return { spans, cut };
}
