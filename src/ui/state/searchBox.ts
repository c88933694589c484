/**
 * The search box as a state machine: what was typed, the results of which query, the active hit, and an Enter that
 * came before its results. Answers for any query but the one typed now are dropped, so a slow early answer cannot
 * replace a later one, and an Enter pressed while the results are on their way picks the first of them on arrival.
 */
import type { SearchHit } from '../../model/index.js';

export type SearchResults =
  | { state: 'idle' }
  | { state: 'loading'; query: string }
  | { state: 'done'; query: string; hits: readonly SearchHit[] }
  | { state: 'error'; query: string; message: string };

export interface SearchBoxState {
  text: string;
  results: SearchResults;
  active: number;
  /** Enter was pressed before the results of this query arrived. */
  pickOnArrival: string | null;
  /** A hit was chosen: the component hands it on, then sends `picked`. */
  picked: SearchHit | null;
}

export type SearchBoxEvent =
  | { type: 'typed'; text: string }
  | { type: 'answered'; query: string; hits: readonly SearchHit[] }
  | { type: 'failed'; query: string; message: string }
  | { type: 'moved'; by: 1 | -1 }
  | { type: 'hovered'; index: number }
  | { type: 'entered' }
  | { type: 'clicked'; hit: SearchHit }
  | { type: 'picked' }
  | { type: 'cleared' };

export const INITIAL_SEARCH: SearchBoxState = { text: '', results: { state: 'idle' }, active: 0, pickOnArrival: null, picked: null };

/** The query a text asks the server: surrounding spaces do not make another question. */
export const queryOf = (text: string): string => text.trim();

export function searchBoxReducer(state: SearchBoxState, event: SearchBoxEvent): SearchBoxState {
  switch (event.type) {
    case 'typed': {
      const query = queryOf(event.text);
      if (query === queryOf(state.text)) return { ...state, text: event.text };
      // Typing on after Enter changes the question: that Enter was for the earlier text.
      return { ...state, text: event.text, results: query ? { state: 'loading', query } : { state: 'idle' }, active: 0, pickOnArrival: null };
    }
    case 'answered': {
      if (event.query !== queryOf(state.text)) return state;
      const picked = state.pickOnArrival === event.query ? (event.hits[0] ?? null) : null;
      return { ...state, results: { state: 'done', query: event.query, hits: event.hits }, active: 0, pickOnArrival: null, picked };
    }
    case 'failed':
      if (event.query !== queryOf(state.text)) return state;
      return { ...state, results: { state: 'error', query: event.query, message: event.message }, pickOnArrival: null };
    case 'moved': {
      const count = state.results.state === 'done' ? state.results.hits.length : 0;
      return { ...state, active: Math.max(0, Math.min(state.active + event.by, count - 1)) };
    }
    case 'hovered':
      return { ...state, active: event.index };
    case 'entered':
      if (state.results.state === 'loading') return { ...state, pickOnArrival: state.results.query };
      if (state.results.state === 'done') return { ...state, picked: state.results.hits[state.active] ?? null };
      return state;
    case 'clicked':
      return { ...state, picked: event.hit };
    case 'picked':
    case 'cleared':
      return INITIAL_SEARCH;
  }
}

/** Whether the server should be asked now rather than after a pause in typing: Enter is waiting for the answer. */
export const urgent = (state: SearchBoxState): boolean =>
  state.results.state === 'loading' && state.pickOnArrival === state.results.query;
