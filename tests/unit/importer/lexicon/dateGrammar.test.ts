import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../../importer/lexicon/loadKnowledge.js';
import { PROJECT_ROOT } from '../../../../src/config.js';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => fs.rmSync(r, { recursive: true, force: true })));

const DATES = 'graph-data/lexicon/dates.yaml';
const original = fs.readFileSync(path.join(PROJECT_ROOT, DATES), 'utf8');

/** A copy of graph-data/lexicon with the date grammar replaced. */
function rootWith(text: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'date-grammar-'));
  roots.push(root);
  fs.cpSync(path.join(PROJECT_ROOT, 'graph-data/lexicon'), path.join(root, 'graph-data/lexicon'), { recursive: true });
  fs.writeFileSync(path.join(root, DATES), text);
  return root;
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('the date grammar (graph-data/lexicon/dates.yaml)', { timeout: 120_000 }, () => {
  it('loads month names, period words and relative dates for every language', () => {
    const k = loadKnowledge({ curated: false });
    expect(k.forLanguage('sv').dates.months.get('mars')).toEqual({ month: 3, full: true });
    expect(k.forLanguage('da').dates.months.get('okt')).toEqual({ month: 10, full: false });
    expect(k.forLanguage('nn').dates.since.map((p) => p.join(' '))).toContain('siden');
    expect(k.forLanguage('en').dates.relative.some((r) => r.words.join(' ') === 'next year' && r.years === 1)).toBe(true);
  });

  it('names the file, line and entry of a malformed relative date', () => {
    const broken = original.replace('{phrase: i höstas, months: [9, 11], last: true}', '{phrase: i höstas, months: [13, 11], last: true}');
    expect(() => loadKnowledge({ curated: false, root: rootWith(broken) })).toThrow(
      new RegExp(`^importer/lexicon: graph-data/lexicon/dates\\.yaml:${lineOf(broken, '[13, 11]')}: "sv\\.relative\\.\\d+\\.months\\.0"`),
    );
  });

  it('names the language whose month list is not twelve months long', () => {
    const broken = original.replace('    - [desember, des]\n', '');
    expect(() => loadKnowledge({ curated: false, root: rootWith(broken) })).toThrow(/dates\.yaml:\d+: "nb\.months".*twelve months/);
  });
});
