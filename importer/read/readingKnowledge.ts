/** The read stage's language data (graph-data/read): web-furniture patterns and the Danish/Norwegian tie-breaker. */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { PROJECT_ROOT } from '../../src/config.js';
import { LANGUAGES, LanguageSchema } from '../../src/model/index.js';
import { buildDateGrammar, type DateGrammar } from '../lexicon/buildDateGrammar.js';
import { DateGrammarSchema } from '../lexicon/lexiconSchema.js';
import { loadDataFile } from './loadDataFile.js';

const regex = z.string().refine((s) => {
  try {
    new RegExp(s, 'iu');
    return true;
  } catch {
    return false;
  }
}, 'must be a valid regular expression');

const FurnitureSchema = z.object({
  maxLineLength: z.number().int().positive(),
  // `any`: patterns of no language (breadcrumbs, network names, ©).
  lines: z.partialRecord(z.enum([...LANGUAGES, 'any']), z.array(regex)),
  commentSectionStarts: z.array(regex),
  weakCommentSectionStarts: z.array(regex),
  htmlClassWords: z.array(z.string().regex(/^[a-z-]+$/, 'must be a lower-case word')),
});

const word = z.string().regex(/^[\p{Ll}]+$/u, 'must be one lower-case word');
const HintsSchema = z.partialRecord(LanguageSchema, z.object({ words: z.array(word), endings: z.array(word) }));

export interface ReadingKnowledge {
  /** Whether a (trimmed) line is furniture, in any language. */
  isFurnitureLine: (line: string) => boolean;
  commentSectionStart: RegExp;
  weakCommentSectionStart: RegExp;
  maxFurnitureLineLength: number;
  htmlClassWords: RegExp;
  hints: z.infer<typeof HintsSchema>;
  /** Month names and period words (graph-data/lexicon/dates.yaml), to read a document's date line. */
  dateGrammars: ReadonlyMap<z.infer<typeof LanguageSchema>, DateGrammar>;
}

const anyOf = (patterns: string[]) => new RegExp(`^(?:${patterns.map((p) => `(?:${p})`).join('|')})$`, 'iu');

/**
 * Furniture patterns split in two for speed: "…anywhere in the line" patterns (starting with .* or .+) become one
 * unanchored search, since a leading .* in an anchored alternation backtracks over every line of the article.
 */
function furnitureMatcher(patterns: string[]): (line: string) => boolean {
  const contains = patterns.filter((p) => /^\.[*+]/.test(p)).map((p) => p.replace(/^\.\*/, '').replace(/^\.\+/, '.').replace(/\.\*$/, ''));
  const whole = anyOf(patterns.filter((p) => !/^\.[*+]/.test(p)));
  const anywhere = contains.length ? new RegExp(contains.map((p) => `(?:${p})`).join('|'), 'iu') : undefined;
  return (line) => whole.test(line) || (anywhere?.test(line) ?? false);
}

let cached: { root: string; knowledge: ReadingKnowledge } | undefined;

/** Loaded once per process (per root): the bench and the CLI read thousands of documents with one copy. */
export function loadReadingKnowledge(root = path.join(PROJECT_ROOT, 'graph-data/read')): ReadingKnowledge {
  if (cached?.root === root) return cached.knowledge;
  const furniture = loadDataFile(path.join(root, 'furniture.yaml'), FurnitureSchema);
  const hints = loadDataFile(path.join(root, 'language-hints.yaml'), HintsSchema);
  // The date grammar lives with the rest of the language knowledge; a reading root without it reads no date lines.
  const datesFile = path.join(root, '../lexicon/dates.yaml');
  const grammars = fs.existsSync(datesFile) ? loadDataFile(datesFile, DateGrammarSchema) : {};
  const knowledge: ReadingKnowledge = {
    isFurnitureLine: furnitureMatcher(Object.values(furniture.lines).flat()),
    commentSectionStart: anyOf(furniture.commentSectionStarts),
    weakCommentSectionStart: anyOf(furniture.weakCommentSectionStarts),
    maxFurnitureLineLength: furniture.maxLineLength,
    // Whole words of a class name, plural allowed: "comments", "share-buttons", "cookie_notice".
    htmlClassWords: new RegExp(`(?:^|[\\s_-])(?:${furniture.htmlClassWords.join('|')})s?(?:$|[\\s_-])`, 'i'),
    hints,
    dateGrammars: new Map(Object.entries(grammars).map(([l, g]) => [l as z.infer<typeof LanguageSchema>, buildDateGrammar(g)])),
  };
  cached = { root, knowledge };
  return knowledge;
}
