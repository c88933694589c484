/** The scorer's own list of leading articles and cue nouns (graph-data/eval/leading-words.yaml). */
import path from 'node:path';
import { z } from 'zod';
import { PROJECT_ROOT } from '../../src/config.js';
import { LanguageSchema } from '../../src/model/index.js';
import { loadDataFile } from '../read/loadDataFile.js';

const wordList = z.array(z.string().regex(/^[\p{Ll}-]+$/u, 'must be one lower-case word'));
const LeadingWordsSchema = z.object({
  articles: z.record(LanguageSchema, wordList),
  cueNouns: z.record(LanguageSchema, wordList),
});

export const LEADING_WORDS_FILE = path.join(PROJECT_ROOT, 'graph-data/eval/leading-words.yaml');

/** All languages together: a gold file's names may be in any of them (translations as aliases). */
export function loadLeadingWords(file = LEADING_WORDS_FILE): Set<string> {
  const data = loadDataFile(file, LeadingWordsSchema);
  return new Set([...Object.values(data.articles), ...Object.values(data.cueNouns)].flat());
}
