/**
 * The document's own date, as an ISO partial date (YYYY-MM-DD, or less when that is all it says): the metadata's date
 * (sidecar, front matter, the page's meta tags), read as ISO or as written ("12 mars 2024"); else a dated line near the
 * top of the page ("Publicerad 12 mars 2024", "Nyhet · 2024-02-06"), looked for before the furniture remover drops it;
 * else the one year the title names.
 */
import { LANGUAGES, type Language } from '../../src/model/index.js';
import { documentPartialDate } from '../extract/dates/documentPartialDate.js';
import { findDates } from '../extract/dates/findDates.js';
import type { DateGrammar } from '../lexicon/buildDateGrammar.js';

/** A dated line is a page's publication line only near its top and when short. */
const TOP_LINES = 30;
const MAX_LINE_WORDS = 12;
const TOKEN = /\p{L}[\p{L}\p{M}\p{N}'’-]*|\p{N}+(?:[.,:/-]\p{N}+)*|\S/gu;

const tokens = (line: string) =>
  [...line.matchAll(TOKEN)].map(([text]) => ({ text, lower: text.toLowerCase(), kind: /^\p{N}/u.test(text) ? 'number' : /^\p{L}/u.test(text) ? 'word' : 'punct' }));

/** The first date with a year that a text writes, in the document's language or, failing that, any other. */
function writtenDate(text: string, language: Language, grammars: ReadonlyMap<Language, DateGrammar>, precise: boolean): string | null {
  const toks = tokens(text);
  for (const l of [language, ...LANGUAGES.filter((x) => x !== language)]) {
    const grammar = grammars.get(l);
    if (!grammar) continue;
    const found = findDates(toks, { grammar, documentDate: null, isFunctionWord: () => true, monthFirst: l === 'en' });
    const at = found.find((d) => d.span.at && !d.span.at.startsWith('--') && (!precise || d.span.precision === 'day'))?.span.at;
    if (at) return at;
  }
  return null;
}

export function documentDate(
  metadataDate: string | null | undefined,
  rawText: string,
  language: Language,
  grammars: ReadonlyMap<Language, DateGrammar>,
  title = '',
): string | null {
  if (metadataDate?.trim()) return documentPartialDate(metadataDate) ?? writtenDate(metadataDate, language, grammars, false);
  const lines = rawText.split('\n', TOP_LINES * 4).map((l) => l.trim()).filter(Boolean).slice(0, TOP_LINES);
  for (const line of lines) {
    // A publication line writes its year in digits: most lines are passed over without being read.
    if (!/\d{4}/.test(line) || line.split(/\s+/).length > MAX_LINE_WORDS) continue;
    const date = writtenDate(line, language, grammars, true);
    if (date) return date;
  }
  // An annual report's or an edition's title names its year ("Årsrapport 2025", "Social ekonomi i Väst 2025").
  const years = [...new Set(title.match(/(?<![\d.,])(?:19|20)\d\d(?![\d.,]\d)/g) ?? [])];
  return years.length === 1 ? years[0]! : null;
}
