import { describe, expect, it } from 'vitest';
import { decodePeriod, encodePeriod, periodDays, periodOf } from '../../../../src/ui/time/period.js';

describe('a brushed period', () => {
  it('orders its ends, so a brush dragged leftwards is the same period', () => {
    expect(periodOf(2015, 2010)).toEqual({ from: 2010, to: 2015 });
  });

  it('is written as one year or a range, and read back', () => {
    expect(encodePeriod({ from: 2012, to: 2012 })).toBe('2012');
    expect(encodePeriod({ from: 2010, to: 2015 })).toBe('2010-2015');
    expect(decodePeriod('2012')).toEqual({ from: 2012, to: 2012 });
    expect(decodePeriod('2010-2015')).toEqual({ from: 2010, to: 2015 });
  });

  it('reads no period from text that is not one', () => {
    for (const text of ['', '12', '2010-', '2010-2015-2020', 'abcd', '2010–2015']) expect(decodePeriod(text)).toBeNull();
  });

  it('covers its first and last years whole', () => {
    expect(periodDays({ from: 2010, to: 2015 })).toEqual({ first: '2010-01-01', last: '2015-12-31' });
  });
});
