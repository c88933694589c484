import { describe, expect, it } from 'vitest';
import { PartialDateSchema, precisionOf, spanBounds, spanOverlaps, summariseTimes, TimeSpanSchema } from '../../../src/model/index.js';

describe('partial dates', () => {
  it('accepts dates written to year, month or day, with or without the year', () => {
    for (const d of ['1995', '2023-06', '2023-06-16', '--06-16', '--06']) expect(PartialDateSchema.safeParse(d).success).toBe(true);
    for (const d of ['95', '2023-13', '2023-06-32', '2023/06/16', '--', '-06', '2023-6']) expect(PartialDateSchema.safeParse(d).success).toBe(false);
  });

  it('reads the precision off the written form', () => {
    expect(precisionOf('1980')).toBe('year');
    expect(precisionOf('2022-03')).toBe('month');
    expect(precisionOf('2023-06-16')).toBe('day');
    expect(precisionOf('--06-16')).toBe('day');
    expect(precisionOf('--06')).toBe('month');
  });

  it('refuses a time with no date at all', () => {
    expect(TimeSpanSchema.safeParse({ precision: 'year' }).success).toBe(false);
    expect(TimeSpanSchema.safeParse({ from: '1995', precision: 'year' }).success).toBe(true);
  });
});

describe('span bounds', () => {
  it('covers the whole year, month or day written', () => {
    expect(spanBounds({ at: '2012', precision: 'year' })).toEqual({ first: '2012-01-01', last: '2012-12-31' });
    expect(spanBounds({ at: '2024-02', precision: 'month' })).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(spanBounds({ from: '2018', to: '2020', precision: 'year' })).toEqual({ first: '2018-01-01', last: '2020-12-31' });
  });

  it('leaves "since" open to the future and yearless dates off the timeline', () => {
    expect(spanBounds({ from: '1995', precision: 'year' })).toEqual({ first: '1995-01-01', last: null });
    expect(spanBounds({ at: '--06-16', precision: 'day' })).toBeUndefined();
  });

  it('says whether a span holds in a period', () => {
    expect(spanOverlaps({ from: '1995', precision: 'year' }, '2010-01-01', '2015-12-31')).toBe(true);
    expect(spanOverlaps({ at: '1980', precision: 'year' }, '2010-01-01', '2015-12-31')).toBe(false);
    expect(spanOverlaps({ at: '2012', precision: 'year' }, '2010-01-01', '2015-12-31')).toBe(true);
    expect(spanOverlaps({ to: '2009', precision: 'year' }, '2010-01-01', '2015-12-31')).toBe(false);
    expect(spanOverlaps({ at: '--06-16', precision: 'day' }, '0001-01-01', '9999-12-31')).toBe(false);
  });
});

describe('summarising statements', () => {
  it('keeps the earliest start, the latest end and the coarsest precision', () => {
    expect(
      summariseTimes([
        { from: '2012-05', precision: 'month' },
        { from: '2014', to: '2020', precision: 'year' },
      ]),
    ).toEqual({ from: '2012-05', to: '2020', precision: 'year' });
  });

  it('reads different moments as the period between them, one moment as itself', () => {
    expect(summariseTimes([{ at: '2020', precision: 'year' }, { at: '2022', precision: 'year' }])).toEqual({ from: '2020', to: '2022', precision: 'year' });
    expect(summariseTimes([{ at: '2020', precision: 'year' }, { at: '2020', precision: 'year' }])).toEqual({ at: '2020', precision: 'year' });
    expect(summariseTimes([])).toBeUndefined();
  });
});
