/** Search with autocomplete from /api/search: arrows move, Enter picks, Esc clears; `/` focuses the main box. */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchHit } from '../../model/index.js';
import { ApiError } from '../http/apiError.js';
import { api } from '../http/client.js';
import { TYPE_COLOURS } from '../graph/palette.js';

interface Props {
  onPick: (hit: SearchHit) => void;
  placeholder: string;
  /** The main box answers to `/`. */
  global?: boolean;
  label: string;
  exclude?: readonly string[];
}

type Results = { state: 'idle' } | { state: 'loading' } | { state: 'done'; hits: SearchHit[] } | { state: 'error'; message: string };

export function SearchBox({ onPick, placeholder, global = false, label, exclude = [] }: Props) {
  const [text, setText] = useState('');
  const [results, setResults] = useState<Results>({ state: 'idle' });
  const [active, setActive] = useState(0);
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

  useEffect(() => {
    const q = text.trim();
    if (!q) {
      setResults({ state: 'idle' });
      return;
    }
    const abort = new AbortController();
    setResults({ state: 'loading' });
    // Wait for a pause in typing before asking the server.
    const timer = setTimeout(() => {
      api.search(q, 10, abort.signal).then(
        (r) => {
          setResults({ state: 'done', hits: r.hits });
          setActive(0);
        },
        (e: unknown) => {
          if (!abort.signal.aborted) setResults({ state: 'error', message: e instanceof ApiError ? `${e.message} ${e.hint}` : String(e) });
        },
      );
    }, 150);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [text]);

  const hits = results.state === 'done' ? results.hits.filter((h) => !exclude.includes(h.id)) : [];
  const pick = (hit: SearchHit | undefined) => {
    if (!hit) return;
    onPick(hit);
    setText('');
    setOpen(false);
    input.current?.blur();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') setActive((i) => Math.min(i + 1, hits.length - 1));
    else if (e.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
    else if (e.key === 'Enter') pick(hits[active]);
    else if (e.key === 'Escape') {
      setText('');
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
          setText(e.target.value);
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
              onMouseEnter={() => setActive(i)}
              onClick={() => pick(hit)}
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
