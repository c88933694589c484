/**
 * The lower-case stems of an npm hunspell dictionary (dictionary-sv, -da, -en): the language's common words.
 * Affix rules are not expanded (that would be millions of forms); CommonWords strips endings instead.
 * Reading a .dic file line by line takes a few hundred milliseconds per process, so the stems are also kept as a
 * generated list (graph-data/lexicon/words/, see generateWordLists.ts), used when it was made from the installed
 * version of the package; otherwise the .dic file is read.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const cache = new Map<string, ReadonlySet<string>>();

/** Where the generated list of a package lives, under graph-data/lexicon of `root`. */
export const wordListFile = (root: string, pkg: string) => path.join(root, 'graph-data/lexicon/words', `${pkg}.txt.gz`);

/** The first line of a generated list: which package and version it was made from. */
export function wordListHeader(pkg: string): string {
  const folder = path.dirname(require.resolve(pkg));
  const { version } = JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8')) as { version: string };
  return `${pkg}@${version}`;
}

/** Flags marking entries that are not words on their own: forbidden forms and compound-only parts. */
function excludedFlagPattern(aff: string): RegExp {
  const flags = [...aff.matchAll(/^(?:FORBIDDENWORD|NEEDAFFIX|ONLYINCOMPOUND)\s+(\S+)/gm)].map((m) => m[1]!);
  if (!flags.length) return /(?!)/;
  const escaped = flags.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // Numeric flags are comma-separated numbers; other flags are single characters.
  return /^FLAG\s+num\b/m.test(aff) ? new RegExp(`^(?:.*,)?(?:${escaped.join('|')})(?:[,\\s]|$)`) : new RegExp(`^\\S*(?:${escaped.join('|')})`);
}

/** The stems read from the package's own .dic and .aff files. */
export function parseDictionary(pkg: string): Set<string> {
  // The package exports only its loader; the .dic and .aff files sit beside it.
  const folder = path.dirname(require.resolve(pkg));
  const excluded = excludedFlagPattern(fs.readFileSync(path.join(folder, 'index.aff'), 'utf8'));
  const words = new Set<string>();
  const lines = fs.readFileSync(path.join(folder, 'index.dic'), 'utf8').split('\n');
  // The first line is the entry count; capitalised entries are proper names, not common words.
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const slash = line.indexOf('/');
    const word = (slash < 0 ? line : line.slice(0, slash)).trim();
    if (!word || word !== word.toLowerCase()) continue;
    if (slash >= 0 && excluded.test(line.slice(slash + 1))) continue;
    words.add(word);
  }
  return words;
}

/** The generated list's stems, or undefined when there is none or it was made from another version. */
function readWordList(root: string, pkg: string): Set<string> | undefined {
  const file = wordListFile(root, pkg);
  if (!fs.existsSync(file)) return undefined;
  const [header, ...words] = gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n');
  return header === wordListHeader(pkg) ? new Set(words) : undefined;
}

export function dictionaryWords(pkg: string, root: string): ReadonlySet<string> {
  const key = `${root}\u0000${pkg}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const words = readWordList(root, pkg) ?? parseDictionary(pkg);
  cache.set(key, words);
  return words;
}
