/** Entry point: one store, its actions, the URL in step with it, and the app. */
import './zodJitless.js';
import { StrictMode, useCallback } from 'react';
import { createRoot } from 'react-dom/client';
import { createActions } from './actions/index.js';
import { App } from './App.js';
import { initialState } from './state/appState.js';
import { createStore } from './state/store.js';
import { AtlasContext } from './state/useAtlas.js';
import { decodeUrlState } from './state/urlState.js';
import { startUrlSync } from './state/urlSync.js';
import './styles.css';
import './components/workbench/workbench.css';

const store = createStore(initialState());
const actions = createActions(store);
let stopUrlSync: (() => void) | null = null;

async function open(): Promise<void> {
  stopUrlSync?.();
  store.update((s) => ({ ...s, health: { state: 'unknown' } }));
  const opened = await actions.start.open(decodeUrlState(location.search));
  // The address follows the state only once the link has been applied, so loading does not rewrite it.
  if (opened) stopUrlSync = startUrlSync(store, actions.start.applyUrl);
  document.body.dataset.ready = opened ? 'true' : 'failed';
}

function Root() {
  const retry = useCallback(() => void open(), []);
  return (
    <StrictMode>
      <AtlasContext.Provider value={{ store, actions }}>
        <App onRetry={retry} />
      </AtlasContext.Provider>
    </StrictMode>
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('ui: index.html has no #root element');
createRoot(container).render(<Root />);
void open();
