/** Keeps the address bar in step with the shareable state; back and forward re-apply an earlier address. */
import type { AppState } from './appState.js';
import type { Store } from './store.js';
import { decodeUrlState, differsOnlyByCamera, encodeUrlState, urlStateOf, type UrlState } from './urlState.js';

export function startUrlSync(store: Store<AppState>, apply: (url: UrlState) => Promise<void>): () => void {
  let applying = false;
  const write = (state: AppState) => {
    if (applying) return;
    const next = urlStateOf(state);
    const query = encodeUrlState(next);
    if (`?${query}` === location.search || (query === '' && location.search === '')) return;
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    // Camera moves replace the entry; anything else adds one, so back undoes it.
    if (differsOnlyByCamera(next, decodeUrlState(location.search))) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
  };
  const onPop = () => {
    applying = true;
    void apply(decodeUrlState(location.search)).finally(() => {
      applying = false;
    });
  };
  const unsubscribe = store.subscribe(write);
  window.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPop);
  };
}
