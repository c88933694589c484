/**
 * Drops web furniture lines (navigation, reply forms, spam and cookie notices, captions) and a trailing comment
 * section. Whole lines go, so the text handed on is plain text whose offsets later stages and Neo4j share.
 */
import type { ReadingKnowledge } from './readingKnowledge.js';

export interface Cleaned {
  text: string;
  removedLines: number;
}

export function removeFurniture(text: string, k: ReadingKnowledge): Cleaned {
  const lines = text.split('\n');
  const isFurniture = (line: string) => {
    const t = line.trim();
    return t.length > 0 && t.length <= k.maxFurnitureLineLength && k.furnitureLine.test(t);
  };
  // A comment section only counts in the second half: "Svar" early on is more likely a heading of the article.
  let end = lines.length;
  for (let i = Math.floor(lines.length / 2); i < lines.length; i++) {
    const t = lines[i]!.trim();
    if (t.length <= k.maxFurnitureLineLength && k.commentSectionStart.test(t)) {
      end = i;
      break;
    }
  }
  const kept = lines.slice(0, end).filter((l) => !isFurniture(l));
  const cleaned = kept
    .join('\n')
    // Removed lines leave runs of blank lines: keep at most one blank line between paragraphs.
    .replace(/\n[ \t]*(?:\n[ \t]*){2,}/g, '\n\n')
    .trim();
  return { text: cleaned, removedLines: lines.length - kept.length };
}
