import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../../importer/lexicon/loadKnowledge.js';
import { PROJECT_ROOT } from '../../../../src/config.js';

/** A copy of graph-data/lexicon (and curated) in a temporary root, with one file replaced. */
function rootWith(file: string, text: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lexicon-'));
  for (const dir of ['graph-data/lexicon', 'graph-data/curated']) {
    fs.cpSync(path.join(PROJECT_ROOT, dir), path.join(root, dir), { recursive: true });
  }
  fs.writeFileSync(path.join(root, file), text);
  return root;
}

// Reading three hunspell dictionaries takes seconds on a loaded machine: a generous limit, not a speed check.
describe('loadKnowledge', { timeout: 60_000 }, () => {
  it('loads every language with its triggers, cue nouns and common words', () => {
    const k = loadKnowledge({ curated: false });
    for (const lang of ['sv', 'da', 'nb', 'en'] as const) expect(k.languages.get(lang)?.language).toBe(lang);
    expect(k.forLanguage('nn').language).toBe('nb');
    expect(k.forLanguage('sv').cueNouns.get('kaffekooperativet')?.type).toBe('Organisation');
    expect(k.forLanguage('sv').commonWords.isCommon('samhällsentreprenörskap')).toBe(true);
    expect(k.forLanguage('da').commonWords.isWord('organisationen')).toBe(true);
    expect(k.english.commonWords.isWord('accenture')).toBe(false);
    expect(k.places.get('wien')?.name).toBe('Vienna');
    expect(k.demonyms.get('nederländska')?.name).toBe('Netherlands');
  });

  it('is cached: loading again returns the same object', () => {
    expect(loadKnowledge({ curated: true })).toBe(loadKnowledge({ curated: true }));
  });

  it('reads curated aliases only when curated data is on', () => {
    expect(loadKnowledge({ curated: true }).curatedAliases.get('röda korset')?.name).toBe('Red Cross');
    expect(loadKnowledge({ curated: false }).curatedAliases.size).toBe(0);
  });

  it('names file and line of a value that fails validation', () => {
    const original = fs.readFileSync(path.join(PROJECT_ROOT, 'graph-data/lexicon/sv.yaml'), 'utf8');
    const broken = original.replace('  - type: Network\n', '  - type: Netwerk\n');
    const line = broken.split('\n').findIndex((l) => l.includes('Netwerk')) + 1;
    const root = rootWith('graph-data/lexicon/sv.yaml', broken);
    expect(() => loadKnowledge({ curated: false, root })).toThrow(
      new RegExp(`^importer/lexicon: graph-data/lexicon/sv\\.yaml:${line}: "cueNouns\\.\\d+\\.type"`),
    );
  });

  it('names file and line of a YAML syntax error in a curated file', () => {
    const root = rootWith('graph-data/curated/aliases.yaml', 'aliases:\n  - {name: A, aliases: [B]\n');
    expect(() => loadKnowledge({ curated: true, root })).toThrow(/^importer\/lexicon: graph-data\/curated\/aliases\.yaml:\d+: /);
    expect(() => loadKnowledge({ curated: false, root })).not.toThrow();
  });
});
