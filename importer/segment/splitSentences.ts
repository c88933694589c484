/**
 * Sentences of one block: Intl.Segmenter for the language, then joined back where it broke after an abbreviation
 * that never ends a sentence ("bl.a.", "Dr.") or after an initial ("Kari L. Berg").
 */
import type { Language } from '../../src/model/index.js';

const segmenters = new Map<Language, Intl.Segmenter>();
const segmenterFor = (language: Language) => {
  let s = segmenters.get(language);
  if (!s) segmenters.set(language, (s = new Intl.Segmenter(language, { granularity: 'sentence' })));
  return s;
};

const LAST_WORD = /(?:^|[\s(“”"«])([\p{L}.]+\.)$/u;
// One or a few initials: "Kari L. Berg", "A.P. Møller Fonden".
const INITIAL = /^(?:\p{Lu}\.){1,3}$/u;

function endsWithoutStop(sentence: string, abbreviations: ReadonlySet<string>): boolean {
  const word = LAST_WORD.exec(sentence)?.[1];
  return word !== undefined && (INITIAL.test(word) || abbreviations.has(word.toLowerCase()));
}

export interface Span {
  start: number;
  end: number;
}

/** Sentence spans (offsets into `text`) between `start` and `end`, trimmed of surrounding space. */
export function splitSentences(text: string, start: number, end: number, language: Language, abbreviations: ReadonlySet<string>): Span[] {
  const spans: Span[] = [];
  let open: Span | undefined;
  // A block may hold wrapped lines; to the segmenter a newline is a paragraph break, so it sees a space (same length).
  for (const seg of segmenterFor(language).segment(text.slice(start, end).replaceAll('\n', ' '))) {
    const lead = seg.segment.length - seg.segment.trimStart().length;
    const trimmed = seg.segment.trim();
    if (!trimmed) continue;
    const span = { start: start + seg.index + lead, end: start + seg.index + lead + trimmed.length };
    if (open && endsWithoutStop(text.slice(open.start, open.end), abbreviations)) open.end = span.end;
    else spans.push((open = span));
  }
  return spans;
}
