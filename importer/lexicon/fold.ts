/** Keys for looking names and words up: case-folded, one kind of apostrophe and dash, single spaces. */
function computeFoldKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The same names are folded again and again (every mention, every look-up): remember them, up to a bound. */
const MAX_REMEMBERED = 100_000;
const folded = new Map<string, string>();

export function foldKey(text: string): string {
  let key = folded.get(text);
  if (key === undefined) {
    key = computeFoldKey(text);
    if (folded.size >= MAX_REMEMBERED) folded.clear();
    folded.set(text, key);
  }
  return key;
}

/** foldKey without diacritics, so "Allégården" and "Allegården" meet; Nordic letters are kept apart (å ≠ a). */
export function foldLoose(text: string): string {
  return foldKey(text).replace(/[^\p{ASCII}åäöøæ]/gu, (c) => c.normalize('NFD').replace(/\p{M}/gu, ''));
}
