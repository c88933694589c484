/** The segment stage's language data: abbreviations that never end a sentence, per language (graph-data/segment). */
import path from 'node:path';
import { z } from 'zod';
import { PROJECT_ROOT } from '../../src/config.js';
import { LANGUAGES, type Language } from '../../src/model/index.js';
import { loadDataFile } from '../read/loadDataFile.js';

const abbreviation = z.string().regex(/^[\p{Ll}.]+\.$/u, 'must be lower case and end with a full stop');
const list = z.array(abbreviation).default([]);
const AbbreviationsSchema = z.object({ common: list, sv: list, da: list, nb: list, nn: list, en: list }).strict();

export type AbbreviationSets = Record<Language, ReadonlySet<string>>;

let cached: { root: string; sets: AbbreviationSets } | undefined;

/** Per language, the common list plus the language's own; loaded once per process. */
export function loadAbbreviations(root = path.join(PROJECT_ROOT, 'graph-data/segment')): AbbreviationSets {
  if (cached?.root === root) return cached.sets;
  const data = loadDataFile(path.join(root, 'abbreviations.yaml'), AbbreviationsSchema);
  const sets = {} as Record<Language, ReadonlySet<string>>;
  for (const l of LANGUAGES) sets[l] = new Set([...data.common, ...data[l]]);
  cached = { root, sets };
  return sets;
}
