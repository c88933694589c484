/**
 * Writes graph-data/lexicon/words/<package>.txt.gz: the stems of every hunspell dictionary a language lexicon
 * names, one per line after a `<package>@<version>` header, so that loading knowledge need not read the .dic files.
 * Run again after updating a dictionary package: `npx tsx importer/lexicon/generateWordLists.ts`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { PROJECT_ROOT } from '../../src/config.js';
import { LANGUAGES } from '../../src/model/index.js';
import { loadDataFile } from '../read/loadDataFile.js';
import { parseDictionary, wordListFile, wordListHeader } from './dictionaryWords.js';
import { LanguageLexiconSchema } from './lexiconSchema.js';

/** The dictionary packages the language lexicons under `root` name. */
export function lexiconDictionaries(root: string): string[] {
  const lexicon = path.join(root, 'graph-data/lexicon');
  const files = LANGUAGES.map((l) => path.join(lexicon, `${l}.yaml`)).filter((f) => fs.existsSync(f));
  return [...new Set(files.flatMap((f) => loadDataFile(f, LanguageLexiconSchema).dictionaries))].sort();
}

/** The generated file's content: header, then the stems in a stable (sorted) order. */
export function wordListText(pkg: string): string {
  return [wordListHeader(pkg), ...[...parseDictionary(pkg)].sort()].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const pkg of lexiconDictionaries(PROJECT_ROOT)) {
    const file = wordListFile(PROJECT_ROOT, pkg);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // zlib writes no timestamp: the same input gives the same bytes, so git sees no change when nothing changed.
    fs.writeFileSync(file, gzipSync(wordListText(pkg), { level: 9 }));
    console.log(`${path.relative(PROJECT_ROOT, file)}: ${wordListHeader(pkg)}`);
  }
}
