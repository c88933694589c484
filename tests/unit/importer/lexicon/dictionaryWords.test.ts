import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { dictionaryWords, parseDictionary, wordListFile, wordListHeader } from '../../../../importer/lexicon/dictionaryWords.js';
import { lexiconDictionaries, wordListText } from '../../../../importer/lexicon/generateWordLists.js';
import { PROJECT_ROOT } from '../../../../src/config.js';

const emptyRoot = () => fs.mkdtempSync(path.join(os.tmpdir(), 'words-'));

// Parsing hunspell dictionaries takes seconds on a loaded machine: a generous limit, not a speed check.
describe('dictionary word lists', { timeout: 60_000 }, () => {
  it('has a generated list for every dictionary a lexicon names, made from the installed version and equal to it', () => {
    const packages = lexiconDictionaries(PROJECT_ROOT);
    expect(packages.length).toBeGreaterThan(0);
    for (const pkg of packages) {
      const stored = gunzipSync(fs.readFileSync(wordListFile(PROJECT_ROOT, pkg))).toString('utf8');
      // If this fails, run `npx tsx importer/lexicon/generateWordLists.ts` after updating a dictionary package.
      expect(stored === wordListText(pkg), `${pkg}: graph-data/lexicon/words is stale`).toBe(true);
    }
  });

  it('gives the same words from the generated list as from the .dic file', () => {
    const fromList = dictionaryWords('dictionary-en', PROJECT_ROOT);
    const fromDic = dictionaryWords('dictionary-en', emptyRoot());
    expect(fromList).not.toBe(fromDic);
    expect(fromList).toEqual(parseDictionary('dictionary-en'));
    expect(fromDic).toEqual(fromList);
  });

  it('ignores a list made from another version of the package', () => {
    const root = emptyRoot();
    const file = wordListFile(root, 'dictionary-en');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, gzipSync(`${wordListHeader('dictionary-en')}-old\nnotawordatall`));
    const words = dictionaryWords('dictionary-en', root);
    expect(words.has('notawordatall')).toBe(false);
    expect(words.has('house')).toBe(true);
  });
});
