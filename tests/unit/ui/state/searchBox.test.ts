import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../../src/model/index.js';
import { INITIAL_SEARCH, searchBoxReducer, urgent, type SearchBoxEvent, type SearchBoxState } from '../../../../src/ui/state/searchBox.js';

const hit = (id: string, name = id): SearchHit => ({ id, name, type: 'Organisation', aliases: [], degree: 1, documentCount: 1, score: 1, matched: name });

const run = (...events: SearchBoxEvent[]): SearchBoxState => events.reduce(searchBoxReducer, INITIAL_SEARCH);

describe('search box state', () => {
  it('picks the first result as soon as it arrives when Enter came before it', () => {
    const waiting = run({ type: 'typed', text: 'Vinn' }, { type: 'typed', text: 'Vinnova' }, { type: 'entered' });
    expect(waiting.picked).toBeNull();
    expect(waiting.results).toEqual({ state: 'loading', query: 'Vinnova' });
    // The server is asked at once rather than after the pause in typing.
    expect(urgent(waiting)).toBe(true);
    const answered = searchBoxReducer(waiting, { type: 'answered', query: 'Vinnova', hits: [hit('vinnova'), hit('other')] });
    expect(answered.picked?.id).toBe('vinnova');
    expect(answered.pickOnArrival).toBeNull();
    expect(searchBoxReducer(answered, { type: 'picked' })).toEqual(INITIAL_SEARCH);
  });

  it('ignores results that arrive for an older query, and keeps waiting for the current one', () => {
    const waiting = run({ type: 'typed', text: 'Vin' }, { type: 'typed', text: 'Vinnova' }, { type: 'entered' });
    const stale = searchBoxReducer(waiting, { type: 'answered', query: 'Vin', hits: [hit('vinterberg')] });
    expect(stale).toBe(waiting);
    expect(stale.picked).toBeNull();
    const failedLate = searchBoxReducer(stale, { type: 'failed', query: 'Vin', message: 'gone' });
    expect(failedLate).toBe(waiting);
    const answered = searchBoxReducer(failedLate, { type: 'answered', query: 'Vinnova', hits: [hit('vinnova')] });
    expect(answered.picked?.id).toBe('vinnova');
  });

  it('after the results have arrived, Enter picks the active one, the first unless arrows moved', () => {
    const shown = run({ type: 'typed', text: 'a' }, { type: 'answered', query: 'a', hits: [hit('a1'), hit('a2'), hit('a3')] });
    expect(shown.results.state).toBe('done');
    expect(shown.picked).toBeNull();
    expect(searchBoxReducer(shown, { type: 'entered' }).picked?.id).toBe('a1');
    const moved = [1, 1, 1, -1].reduce((s, by) => searchBoxReducer(s, { type: 'moved', by: by as 1 | -1 }), shown);
    expect(moved.active).toBe(1);
    expect(searchBoxReducer(moved, { type: 'entered' }).picked?.id).toBe('a2');
  });

  it('forgets an early Enter once the text changes: that Enter was for the text typed then', () => {
    const retyped = run({ type: 'typed', text: 'Vin' }, { type: 'entered' }, { type: 'typed', text: 'Vinnova' });
    expect(retyped.pickOnArrival).toBeNull();
    const answered = searchBoxReducer(retyped, { type: 'answered', query: 'Vinnova', hits: [hit('vinnova')] });
    expect(answered.picked).toBeNull();
    expect(answered.results).toEqual({ state: 'done', query: 'Vinnova', hits: [hit('vinnova')] });
  });

  it('never stays at searching: an answer with no hits or a failure ends the wait', () => {
    const none = run({ type: 'typed', text: 'zzz' }, { type: 'entered' }, { type: 'answered', query: 'zzz', hits: [] });
    expect(none.results).toEqual({ state: 'done', query: 'zzz', hits: [] });
    expect(none.picked).toBeNull();
    expect(none.pickOnArrival).toBeNull();
    const failed = run({ type: 'typed', text: 'zzz' }, { type: 'entered' }, { type: 'failed', query: 'zzz', message: 'Neo4j is down' });
    expect(failed.results.state).toBe('error');
    expect(failed.pickOnArrival).toBeNull();
  });

  it('spaces around the text ask no new question, and an empty box is idle', () => {
    const shown = run({ type: 'typed', text: 'a' }, { type: 'answered', query: 'a', hits: [hit('a1')] });
    const spaced = searchBoxReducer(shown, { type: 'typed', text: 'a ' });
    expect(spaced.results).toBe(shown.results);
    expect(searchBoxReducer(spaced, { type: 'typed', text: '  ' }).results).toEqual({ state: 'idle' });
    expect(searchBoxReducer(INITIAL_SEARCH, { type: 'entered' })).toBe(INITIAL_SEARCH);
  });
});
