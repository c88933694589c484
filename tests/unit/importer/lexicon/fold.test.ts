import { describe, expect, it } from 'vitest';
import { foldKey, foldLoose } from '../../../../importer/lexicon/fold.js';

describe('foldKey and foldLoose', () => {
  it('fold case, apostrophes, dashes and spaces, and loosely diacritics but not Nordic letters', () => {
    expect(foldKey('  Ashoka’s   Sørøst–Norge ')).toBe("ashoka's sørøst-norge");
    expect(foldLoose('Idéburen Ø')).toBe('ideburen ø');
  });

  it('give the same answer when asked again, also after more names than are remembered', () => {
    const first = foldKey('Röda  Korset');
    for (let i = 0; i < 100_001; i++) foldKey(`Namn ${i}`);
    expect(foldKey('Röda  Korset')).toBe(first);
    expect(foldKey('Namn 7')).toBe('namn 7');
  });
});
