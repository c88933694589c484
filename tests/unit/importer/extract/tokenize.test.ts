import { describe, expect, it } from 'vitest';
import { tokenizeSentence } from '../../../../importer/extract/tokenize.js';

const tokens = (text: string, start = 0) => tokenizeSentence({ index: 0, start, end: start + text.length, text, tokens: [] });
const pick = (text: string, key: 'initial' | 'allCaps' | 'mixedCase' | 'cap') =>
  tokens(text)
    .filter((t) => t[key])
    .map((t) => t.text);

describe('tokenizeSentence', () => {
  it('gives kinds and document offsets', () => {
    const toks = tokens('Se www.x.se, 3.600 kr!', 10);
    expect(toks.map((t) => [t.text, t.kind, t.start, t.end])).toEqual([
      ['Se', 'word', 10, 12],
      ['www.x.se,', 'url', 13, 22],
      ['3.600', 'number', 23, 28],
      ['kr', 'word', 29, 31],
      ['!', 'punct', 31, 32],
    ]);
  });

  it('marks all capitals and mixed case, in Nordic letters too, and not for one letter or a lower-case start', () => {
    expect(pick('MSI och ÅÄÖ men A, ärÖ, öst, ßA och HerSpace', 'allCaps')).toEqual(['MSI', 'ÅÄÖ']);
    expect(pick('MSI och ÅÄÖ men A, ärÖ, öst, ßA och HerSpace', 'mixedCase')).toEqual(['ärÖ', 'ßA', 'HerSpace']);
  });

  it('keeps the sentence start over a line prefix of numbers and short words, and after openers', () => {
    expect(pick('v 17 Inspiration: Internationellt nätverkande', 'initial')).toEqual(['v', 'Inspiration', 'Internationellt']);
    expect(pick('3. Kapitel om Allt', 'initial')).toEqual(['Kapitel']);
    expect(pick('Vid 17 Kommuner', 'initial')).toEqual(['Vid']);
    expect(pick('a) Punkt (Mer) här', 'initial')).toEqual(['a', 'Punkt', 'Mer']);
  });

  it('splits glued list items only when a sentence has two joins', () => {
    expect(tokens('SSI ReviewSocial Capital MarketsAshoka Nordic').map((t) => t.text)).toEqual(['SSI', 'Review', 'Social', 'Capital', 'Markets', 'Ashoka', 'Nordic']);
    expect(tokens('HerSpace och ReviewSocial').map((t) => t.text)).toEqual(['HerSpace', 'och', 'ReviewSocial']);
  });
});
