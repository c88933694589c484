import { describe, expect, it } from 'vitest';
import { mergeDates } from '../../../../importer/resolve/mergeDates.js';
import type { StatedTime } from '../../../../src/model/index.js';

const stated = (at: string, documentId: string, start = 0): StatedTime => ({
  at,
  precision: 'year',
  evidence: { documentId, sentence: 's', start, end: start + 1, language: 'sv', mechanism: 'date' },
});

describe('mergeDates', () => {
  it('keeps one date per value and document, in the order first stated', () => {
    const merged = mergeDates([stated('2012', 'a')], [stated('2012', 'a', 40), stated('2012', 'b'), stated('2013', 'a')]);
    expect(merged!.map((t) => `${t.at}@${t.evidence.documentId}`)).toEqual(['2012@a', '2012@b', '2013@a']);
  });

  it('returns what it had when nothing is added', () => {
    expect(mergeDates(undefined, [])).toBeUndefined();
    expect(mergeDates(undefined, undefined)).toBeUndefined();
  });
});
