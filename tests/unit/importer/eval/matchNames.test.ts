import { describe, expect, it } from 'vitest';
import { loadLeadingWords } from '../../../../importer/eval/leadingWords.js';
import { NameMatcher } from '../../../../importer/eval/matchNames.js';

const matcher = new NameMatcher(new Set(['the', 'föreningen', 'den']));

describe('NameMatcher.normalise', () => {
  it('folds case and drops punctuation and quotes', () => {
    expect(matcher.normalise('“Designing The Future”')).toBe('designing the future');
    expect(matcher.normalise('Sørøst-Norge, USN.')).toBe('sørøst norge usn');
  });

  it('drops leading articles and cue nouns but never the whole name', () => {
    expect(matcher.normalise('The Visionary Program')).toBe('visionary program');
    expect(matcher.normalise('föreningen Idéburen utveckling')).toBe('idéburen utveckling');
    expect(matcher.normalise('The')).toBe('the');
  });

  it('drops a leading word only at the start', () => {
    expect(matcher.normalise('Designing The Future')).toBe('designing the future');
  });
});

describe('NameMatcher.similarity', () => {
  it('accepts small spelling differences in longer names', () => {
    expect(NameMatcher.similarity('visionary programme', 'visionary program')).toBeGreaterThan(0.8);
    expect(NameMatcher.similarity('northwind cooperatve', 'northwind cooperative')).toBeGreaterThan(0.9);
    expect(NameMatcher.similarity('ashokas', 'ashoka')).toBeGreaterThan(0);
  });

  it('requires short names such as acronyms to match exactly', () => {
    expect(NameMatcher.similarity('eu', 'eus')).toBe(0);
    expect(NameMatcher.similarity('msi', 'msa')).toBe(0);
    expect(NameMatcher.similarity('msi', 'msi')).toBe(1);
  });

  it('rejects different names', () => {
    expect(NameMatcher.similarity('ashoka nordic', 'ashoka')).toBe(0);
    expect(NameMatcher.similarity('malmö', 'malta')).toBe(0);
    expect(NameMatcher.similarity('northwind cooperative', 'southwind cooperative')).toBe(0);
  });
});

describe('loadLeadingWords', () => {
  it('loads the scorer list with articles and cue nouns of every language', () => {
    const words = loadLeadingWords();
    for (const w of ['the', 'föreningen', 'foreningen', 'organisasjonen', 'ei']) expect(words.has(w)).toBe(true);
  });
});
