/**
 * Cuts a document into blocks no sentence crosses: lines (headings and list items have no final stop), except
 * that hard-wrapped text (PDFs, mail) has its wrapped lines joined back into paragraphs. List markers ("a)", "–",
 * "•", "1.") are left out of the block.
 */

export interface Block {
  start: number;
  end: number;
}

/** Lines of hard-wrapped text are at most about this long; one-paragraph-per-line text has far longer lines. */
const MAX_WRAP_WIDTH = 120;
/** A line this share of the wrap width or longer was wrapped, so the paragraph goes on below it. */
const FULL_LINE_SHARE = 0.6;
const LIST_MARKER = /^(?:[-–—•·*▪►]|\(?[a-zA-Z]\)|\(?\d{1,2}\)|\d{1,2}\.(?=\s+["“”«\p{Lu}]))\s+/u;

interface Line {
  start: number;
  end: number;
  listItem: boolean;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // trimStart and trimEnd, not a test per character: list items may be indented a thousand spaces deep.
    const line = text.slice(start, end);
    const s = start + line.length - line.trimStart().length;
    const e = start + line.trimEnd().length;
    if (e > s) {
      const marker = LIST_MARKER.exec(text.slice(s, Math.min(e, s + 8)));
      lines.push({ start: marker ? s + marker[0].length : s, end: e, listItem: marker !== null });
    }
    start = end + 1;
  }
  return lines;
}

/** The length below which nine lines in ten fall: the wrap width, when the text is wrapped. */
function wrapWidth(lines: Line[]): number {
  const lengths = lines.map((l) => l.end - l.start).sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.9)] ?? 0;
}

export function textBlocks(text: string): Block[] {
  const lines = linesOf(text);
  const width = wrapWidth(lines);
  const wrapped = width > 0 && width <= MAX_WRAP_WIDTH;
  const blocks: Block[] = [];
  let previous: Line | undefined;
  for (const line of lines) {
    const last = blocks.at(-1);
    const continues =
      wrapped && last && previous && !line.listItem && previous.end - previous.start >= FULL_LINE_SHARE * width &&
      // Only a single newline between them: a blank line ends a paragraph.
      !text.slice(previous.end, line.start).includes('\n\n');
    if (continues) last.end = line.end;
    else blocks.push({ start: line.start, end: line.end });
    previous = line;
  }
  return blocks;
}
