/**
 * Tokens with exact offsets: URLs and e-mail addresses whole, words (letters and digits, joined across inner
 * hyphens, apostrophes and dots: "Nord-Norge", "3.600", "Brightfield's"; Swedish "FN:s"), and each other visible mark.
 * A regular expression rather than Intl.Segmenter's word mode: it is about eight times faster, and keeps names
 * with hyphens and URLs whole, which the extractor wants.
 */
import type { Token } from '../types.js';

const TOKEN =
  /(?:https?:\/\/|www\.)[^\s<>"”»)\]]*[^\s<>"”»)\].,;:!?]|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}|[\p{L}\p{N}\p{M}]+(?:['’.\-‐][\p{L}\p{N}\p{M}]+)*(?::\p{Ll}{1,3}(?![\p{L}\p{N}]))?|[^\s\p{L}\p{N}]/gu;

/** Tokens of `text`, offsets shifted by `base` so they point into the document. */
export function tokenize(text: string, base = 0): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    tokens.push({ start: base + m.index, end: base + m.index + m[0].length, text: m[0] });
  }
  return tokens;
}
