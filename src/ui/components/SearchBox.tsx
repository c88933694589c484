/** Search with autocomplete from /api/search: arrows move, Enter picks, Esc clears; `/` focuses the main box. */
import { useEffect, useId, useReducer, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchHit } from '../../model/index.js';
import { ApiError } from '../http/apiError.js';
import { api } from '../http/client.js';
import { TYPE_COLOURS } from '../graph/palette.js';
import { INITIAL_SEARCH, searchBoxReducer, urgent } from '../state/searchBox.js';

interface Props {
  onPick: (hit: SearchHit) => void;
  placeholder: string;
  /** The main box answers to `/`. */
  global?: boolean;
  label: string;
  exclude?: readonly string[];
}

/** The pause in typing before the server is asked, unless Enter is waiting. */
const TYPING_PAUSE_MS = 150;

export function SearchBox({ onPick, placeholder, global = false, label, exclude = [] }: Props) {
  const [state, dispatch] = useReducer(searchBoxReducer, INITIAL_SEARCH);
  const { text, results, active, picked } = state;
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const closing = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const show = () => {
    clearTimeout(closing.current);
    setOpen(true);
  };
  const listId = useId();

  useEffect(() => {
    if (!global) return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLSelectElement;
      if (e.key === '/' && !typing) {
        e.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [global]);

  const query = results.state === 'loading' ? results.query : null;
  const now = urgent(state);
  // Read when an answer arrives: the hits shown (and picked on Enter) are those not excluded then.
  const excluded = useRef(exclude);
  excluded.current = exclude;
  useEffect(() => {
    if (query === null) return;
    const abort = new AbortController();
    const timer = setTimeout(
      () => {
        api.search(query, 10, abort.signal).then(
          (r) => dispatch({ type: 'answered', query, hits: r.hits.filter((h) => !excluded.current.includes(h.id)) }),
          (e: unknown) => {
            if (!abort.signal.aborted) dispatch({ type: 'failed', query, message: e instanceof ApiError ? `${e.message} ${e.hint}` : String(e) });
          },
        );
      },
      now ? 0 : TYPING_PAUSE_MS,
    );
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [query, now]);

  // Callers pass a new onPick on every render: the latest one is called, once per pick.
  const pickTo = useRef(onPick);
  pickTo.current = onPick;
  useEffect(() => {
    if (!picked) return;
    pickTo.current(picked);
    dispatch({ type: 'picked' });
    setOpen(false);
    input.current?.blur();
  }, [picked]);

  const hits = results.state === 'done' ? results.hits : [];
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') dispatch({ type: 'moved', by: 1 });
    else if (e.key === 'ArrowUp') dispatch({ type: 'moved', by: -1 });
    else if (e.key === 'Enter') dispatch({ type: 'entered' });
    else if (e.key === 'Escape') {
      dispatch({ type: 'cleared' });
      setOpen(false);
      input.current?.blur();
    } else return;
    e.preventDefault();
  };

  const showList = open && results.state !== 'idle';
  return (
    <div className="search">
      <input
        ref={input}
        type="search"
        value={text}
        placeholder={placeholder}
        aria-label={label}
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={hits[active] ? `${listId}-${active}` : undefined}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => {
          dispatch({ type: 'typed', text: e.target.value });
          show();
        }}
        onFocus={show}
        // Closing waits a moment so a click on a result lands first.
        onBlur={() => (closing.current = setTimeout(() => setOpen(false), 150))}
        onKeyDown={onKeyDown}
      />
      {global && !text && <kbd className="search-key">/</kbd>}
      {showList && (
        <ul className="search-results" id={listId} role="listbox" aria-label="Search results">
          {results.state === 'loading' && <li className="search-note">Searching…</li>}
          {results.state === 'error' && <li className="search-note error">{results.message}</li>}
          {results.state === 'done' && hits.length === 0 && <li className="search-note">No entity matches “{text.trim()}”.</li>}
          {hits.map((hit, i) => (
            <li
              key={hit.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : ''}
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => dispatch({ type: 'hovered', index: i })}
              onClick={() => dispatch({ type: 'clicked', hit })}
            >
              <span className="dot" style={{ background: TYPE_COLOURS[hit.type] }} aria-hidden="true" />
              <span className="hit-name">{hit.name}</span>
              {hit.matched && hit.matched !== hit.name && <span className="hit-alias">“{hit.matched}”</span>}
              <span className="hit-type">{hit.type}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
