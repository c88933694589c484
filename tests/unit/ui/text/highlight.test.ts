import { describe, expect, it } from 'vitest';
import { highlightNames, piecesFrom } from '../../../../src/ui/text/highlight.js';
import { readerPieces } from '../../../../src/ui/text/readerPieces.js';

const marked = (pieces: { text: string; mark: number | null }[]) => pieces.filter((p) => p.mark !== null).map((p) => [p.text, p.mark]);

describe('names highlighted in a quote', () => {
  it('marks both actors by group, whatever the case', () => {
    const pieces = highlightNames('ASHOKA indgår et partnerskab med Røde Kors.', [['Ashoka'], ['Røde Kors', 'Red Cross']]);
    expect(marked(pieces)).toEqual([['ASHOKA', 0], ['Røde Kors', 1]]);
    expect(pieces.map((p) => p.text).join('')).toBe('ASHOKA indgår et partnerskab med Røde Kors.');
  });

  it('matches accented text with an unaccented alias and keeps the original spelling', () => {
    expect(marked(highlightNames('Mötesplats Social Innovation i Malmö', [['Motesplats Social Innovation']]))).toEqual([['Mötesplats Social Innovation', 0]]);
  });

  it('matches whole words only and prefers the longest name', () => {
    const pieces = highlightNames('MSI och MSIX; Reach for Change Sverige', [['MSI'], ['Reach for Change', 'Reach for Change Sverige']]);
    expect(marked(pieces)).toEqual([['MSI', 0], ['Reach for Change Sverige', 1]]);
  });
});

describe('pieces of marked ranges', () => {
  it('skips ranges that overlap an earlier one or fall outside the text', () => {
    const pieces = piecesFrom('abcdefgh', [{ start: 1, end: 4, mark: 0 }, { start: 2, end: 5, mark: 1 }, { start: 6, end: 99, mark: 2 }]);
    expect(pieces.map((p) => [p.text, p.mark])).toEqual([['a', null], ['bcd', 0], ['efgh', null]]);
  });
});

describe('reader pieces', () => {
  it('cuts the text at mentions and at the evidence range, covering it exactly once', () => {
    const text = 'Ashoka met Red Cross in Oslo.';
    const pieces = readerPieces(text.length, [{ start: 0, end: 6 }, { start: 11, end: 20 }], { start: 4, end: 15 });
    expect(pieces.map((p) => text.slice(p.start, p.end)).join('')).toBe(text);
    expect(pieces.filter((p) => p.inRange).map((p) => text.slice(p.start, p.end))).toEqual(['ka', ' met ', 'Red ']);
    expect(pieces.filter((p) => p.mention === 1).map((p) => text.slice(p.start, p.end))).toEqual(['Red ', 'Cross']);
  });
});
