import { describe, expect, it } from 'vitest';
import { DateMerger } from '../../../../importer/resolve/mergeDates.js';
import type { StatedTime } from '../../../../src/model/index.js';

const stated = (at: string, documentId: string, start = 0): StatedTime => ({
  at,
  precision: 'year',
  evidence: { documentId, sentence: 's', start, end: start + 1, language: 'sv', mechanism: 'date' },
});

describe('DateMerger', () => {
  it('keeps one date per value and document, in the order first stated', () => {
    const merged = new DateMerger().add([stated('2012', 'a')]).add([stated('2012', 'a', 40), stated('2012', 'b'), stated('2013', 'a')]).dates();
    expect(merged!.map((t) => `${t.at}@${t.evidence.documentId}`)).toEqual(['2012@a', '2012@b', '2013@a']);
  });

  it('has no dates when nothing dated was added', () => {
    expect(new DateMerger().add(undefined).add([]).dates()).toBeUndefined();
  });
});
