/**
 * Turns what a user typed into a Lucene query for the `entity_names` full-text index. User text is cut into runs
 * of letters and digits before anything reaches Lucene, so no operator or special character of theirs ever does.
 */

/** Letters that Unicode decomposition leaves alone but Lucene's ASCIIFoldingFilter folds (as the index does). */
const FOLDS: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i' };

/** Lower-case, diacritic-free form of a name, the way the `standard-folding` analyzer sees it. */
export function foldName(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[øæœßđðþłı]/g, (c) => FOLDS[c] ?? c);
}

/** The words of a text as the index sees them: folded runs of letters and digits. */
export function searchTerms(text: string): string[] {
  return foldName(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Typos tolerated per word: none for short words (too many false hits), one from 4 letters, two from 10 (long
 * compounds such as "fylkeskommune"). Two edits cost Lucene far more than one on a large index, hence the bar.
 */
function editDistance(term: string): number {
  if (term.length >= 10) return 2;
  return term.length >= 4 ? 1 : 0;
}

/**
 * Every word must match, exactly (best) or as a prefix (typing in progress); with `fuzzy`, also within a small edit
 * distance (typos; numbers excepted). Words the analyzer drops as stop words cannot be required, so they only count
 * when nothing else is left. Returns null when the text has no searchable word.
 */
export function buildLuceneQuery(text: string, stopwords: ReadonlySet<string>, fuzzy = false): string | null {
  const all = [...new Set(searchTerms(text))];
  const terms = all.filter((t) => !stopwords.has(t));
  const words = terms.length > 0 ? terms : all;
  if (words.length === 0) return null;
  const clauses = words.map((t) => {
    const alternatives = stopwords.has(t) ? [`${t}*`] : [`${t}^4`, `${t}*^2`];
    const edits = fuzzy && !/\p{N}/u.test(t) ? editDistance(t) : 0;
    if (edits > 0) alternatives.push(`${t}~${edits}`);
    return `+(${alternatives.join(' OR ')})`;
  });
  const phrase = words.length > 1 ? ` "${words.join(' ')}"^8` : '';
  return clauses.join(' ') + phrase;
}
