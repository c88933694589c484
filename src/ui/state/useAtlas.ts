/** React access to the store and actions: components read a slice of state and re-render when it changes. */
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Actions } from '../actions/index.js';
import type { AppState } from './appState.js';
import type { Store } from './store.js';

export const AtlasContext = createContext<{ store: Store<AppState>; actions: Actions } | null>(null);

function useAtlasContext() {
  const atlas = useContext(AtlasContext);
  if (!atlas) throw new Error('ui: components must be rendered inside <AtlasContext.Provider>');
  return atlas;
}

/** The selected part of the state; select something stable (a field, not a new object) to avoid extra renders. */
export function useAtlas<T>(select: (state: AppState) => T): T {
  const { store } = useAtlasContext();
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}

export function useActions(): Actions {
  return useAtlasContext().actions;
}

/** The store itself, for reading the latest state inside an event handler without re-rendering on each change. */
export function useStore(): Store<AppState> {
  return useAtlasContext().store;
}
