import { describe, expect, it } from 'vitest';
import { buildLuceneQuery, foldName, searchTerms } from '../../../../src/db/queries/luceneQuery.js';

const STOP = new Set(['the', 'of', 'and', 'for']);

describe('foldName', () => {
  it('folds case and the Nordic letters the way ASCIIFoldingFilter does', () => {
    expect(foldName('Røde Kors')).toBe('rode kors');
    expect(foldName('Mötesplats Åland Ærø')).toBe('motesplats aland aero');
    expect(foldName('Straße')).toBe('strasse');
  });
});

describe('buildLuceneQuery', () => {
  it('requires every word, exactly or as a prefix', () => {
    expect(buildLuceneQuery('Red Cross', STOP)).toBe('+(red^4 OR red*^2) +(cross^4 OR cross*^2) "red cross"^8');
  });

  it('when fuzzy, also accepts each word within an edit distance that grows with its length, numbers excepted', () => {
    expect(buildLuceneQuery('Red Cross', STOP, true)).toBe('+(red^4 OR red*^2) +(cross^4 OR cross*^2 OR cross~1) "red cross"^8');
    expect(buildLuceneQuery('Mötesplats 2024', STOP, true)).toBe('+(motesplats^4 OR motesplats*^2 OR motesplats~2) +(2024^4 OR 2024*^2) "motesplats 2024"^8');
  });

  it('lets no Lucene syntax through: only letters and digits reach the query', () => {
    expect(buildLuceneQuery('name:x) *:* "a~9 \\ }) //', STOP)).toBe(
      '+(name^4 OR name*^2) +(x^4 OR x*^2) +(a^4 OR a*^2) +(9^4 OR 9*^2) "name x a 9"^8',
    );
    // Operators arrive lower-cased, as plain words.
    expect(buildLuceneQuery('NOT OR', new Set())).toBe('+(not^4 OR not*^2) +(or^4 OR or*^2) "not or"^8');
    expect(searchTerms('a-b_c.d')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('drops stop words, which the index never holds, unless nothing else is left', () => {
    expect(buildLuceneQuery('House of Culture', STOP)).toBe('+(house^4 OR house*^2) +(culture^4 OR culture*^2) "house culture"^8');
    expect(buildLuceneQuery('the', STOP)).toBe('+(the*)');
  });

  it('returns null when there is no word to search for', () => {
    expect(buildLuceneQuery('!!! ***', STOP)).toBeNull();
  });
});
