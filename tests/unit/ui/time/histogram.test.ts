import { describe, expect, it } from 'vitest';
import { histogram } from '../../../../src/ui/time/histogram.js';

describe('timeline histogram', () => {
  it('counts a span in every year it covers, open ends running to this year', () => {
    const h = histogram(
      [
        { first: '2010-01-01', last: '2010-12-31' },
        { first: '2011-03-01', last: '2013-06-30' },
        { first: '2012-01-01', last: null },
      ],
      [{ first: '2013-06-16', last: '2013-06-16' }],
      4,
      2014,
    );
    expect(h.years).toEqual({ from: 2010, to: 2014 });
    expect(h.relations).toEqual([1, 1, 2, 2, 1]);
    expect(h.events).toEqual([0, 0, 0, 1, 0]);
    expect(h).toMatchObject({ datedRelations: 3, datedEvents: 1, undatedRelations: 4 });
  });

  it('starts a span open to the past at the first year on the timeline', () => {
    const h = histogram([{ first: null, last: '2001-12-31' }, { first: '1999-01-01', last: '1999-12-31' }], [], 0, 2030);
    expect(h.years).toEqual({ from: 1999, to: 2001 });
    expect(h.relations).toEqual([2, 1, 1]);
  });

  it('has no years when nothing in view is dated', () => {
    expect(histogram([], [], 7, 2026)).toMatchObject({ years: null, undatedRelations: 7 });
  });
});
