/**
 * The lower-case stems of an npm hunspell dictionary (dictionary-sv, -da, -en): the language's common words.
 * Affix rules are not expanded (that would be millions of forms); CommonWords strips endings instead.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const cache = new Map<string, ReadonlySet<string>>();

/** Flags marking entries that are not words on their own: forbidden forms and compound-only parts. */
function excludedFlagPattern(aff: string): RegExp {
  const flags = [...aff.matchAll(/^(?:FORBIDDENWORD|NEEDAFFIX|ONLYINCOMPOUND)\s+(\S+)/gm)].map((m) => m[1]!);
  if (!flags.length) return /(?!)/;
  const escaped = flags.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // Numeric flags are comma-separated numbers; other flags are single characters.
  return /^FLAG\s+num\b/m.test(aff) ? new RegExp(`^(?:.*,)?(?:${escaped.join('|')})(?:[,\\s]|$)`) : new RegExp(`^\\S*(?:${escaped.join('|')})`);
}

export function dictionaryWords(pkg: string): ReadonlySet<string> {
  const cached = cache.get(pkg);
  if (cached) return cached;
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
  cache.set(pkg, words);
  return words;
}
