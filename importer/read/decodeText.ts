/** Turns a file's bytes into text, or says why they are not text: binary content, invalid UTF-8 (with where). */
import { isUtf8 } from 'node:buffer';

/** Share of control bytes (other than tab, newlines, form feed) above which a file is binary, not text. */
const MAX_CONTROL_RATIO = 0.01;
/** Checking the start is enough to tell binary from text, and keeps big files cheap. */
const SNIFF_BYTES = 65_536;

export type Decoded = { ok: true; text: string } | { ok: false; message: string; offset?: number; line?: number };

function looksBinary(bytes: Uint8Array): string | undefined {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return 'binary file (contains NUL bytes), not text';
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control / Math.max(n, 1) > MAX_CONTROL_RATIO ? 'binary file (too many control characters), not text' : undefined;
}

/** Byte offset of the first byte that breaks UTF-8, by the well-formed table of the Unicode standard (3.9). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const [need, lo, hi] =
      b >= 0xc2 && b <= 0xdf ? [1, 0x80, 0xbf]
      : b === 0xe0 ? [2, 0xa0, 0xbf]
      : b === 0xed ? [2, 0x80, 0x9f]
      : b >= 0xe1 && b <= 0xef ? [2, 0x80, 0xbf]
      : b === 0xf0 ? [3, 0x90, 0xbf]
      : b === 0xf4 ? [3, 0x80, 0x8f]
      : b >= 0xf1 && b <= 0xf3 ? [3, 0x80, 0xbf]
      : [0, 0, 0];
    if (need === 0) return i;
    const second = bytes[i + 1];
    if (second === undefined || second < lo || second > hi) return i;
    for (let k = 2; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

export function decodeText(bytes: Buffer): Decoded {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    // UTF-16 with a byte-order mark (Windows "Unicode" text): decoded, not refused.
    return { ok: true, text: new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes) };
  }
  const binary = looksBinary(bytes);
  if (binary) return { ok: false, message: binary };
  // Buffer's native check is fast; the byte-by-byte scan runs only to say where a bad file goes wrong.
  if (!isUtf8(bytes)) {
    const offset = firstInvalidUtf8(bytes);
    const line = lineAt(bytes, offset);
    return { ok: false, offset, line, message: `invalid UTF-8 at byte ${offset} (line ${line}); save the file as UTF-8` };
  }
  const text = bytes.toString('utf8');
  return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}
