/** Keys for looking names and words up: case-folded, one kind of apostrophe and dash, single spaces. */
export function foldKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** foldKey without diacritics, so "Idéburen" and "Ideburen" meet; Nordic letters are kept apart (å ≠ a). */
export function foldLoose(text: string): string {
  return foldKey(text).replace(/[^\p{ASCII}åäöøæ]/gu, (c) => c.normalize('NFD').replace(/\p{M}/gu, ''));
}
