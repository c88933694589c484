/**
 * Drops web furniture lines (navigation, reply forms, spam and cookie notices, captions) and a trailing comment
 * section. Whole lines go, so the text handed on is plain text whose offsets later stages and Neo4j share.
 */
import type { ReadingKnowledge } from './readingKnowledge.js';

export interface Cleaned {
  text: string;
  removedLines: number;
}

/** Lines after a weak comment-section marker searched for the furniture that confirms it. */
const CONFIRMING_LINES = 3;

/** Index of the line that opens the comment section, or the line count when there is none. */
function commentSectionStart(lines: string[], k: ReadingKnowledge, isFurniture: (line: string) => boolean): number {
  const short = (t: string) => t.length <= k.maxFurnitureLineLength;
  for (let i = Math.floor(lines.length / 3); i < lines.length; i++) {
    const t = lines[i]!.trim();
    if (!t || !short(t)) continue;
    if (k.commentSectionStart.test(t)) return i;
    if (i >= lines.length / 2 && k.weakCommentSectionStart.test(t)) {
      const next = lines.slice(i + 1).filter((l) => l.trim()).slice(0, CONFIRMING_LINES);
      if (next.some(isFurniture)) return i;
    }
  }
  return lines.length;
}

export function removeFurniture(text: string, k: ReadingKnowledge): Cleaned {
  const lines = text.split('\n');
  const isFurniture = (line: string) => {
    const t = line.trim();
    return t.length > 0 && t.length <= k.maxFurnitureLineLength && k.isFurnitureLine(t);
  };
  const kept = lines.slice(0, commentSectionStart(lines, k, isFurniture)).filter((l) => !isFurniture(l));
  const cleaned = kept
    .join('\n')
    // Removed lines leave runs of blank lines: keep at most one blank line between paragraphs.
    .replace(/\n[ \t]*(?:\n[ \t]*){2,}/g, '\n\n')
    .trim();
  return { text: cleaned, removedLines: lines.length - kept.length };
}
