/** What actions work with: the store, the API, and the graph view (once mounted) for camera moves. */
import type { api } from '../http/client.js';
import { ApiError, hintFor } from '../http/apiError.js';
import type { AppState, Status } from '../state/appState.js';
import type { Store } from '../state/store.js';

export interface Viewport {
  centreOn(id: string): void;
  fit(): void;
}

export interface ActionContext {
  store: Store<AppState>;
  api: typeof api;
  viewport: { current: Viewport | null };
}

export function errorStatus(e: unknown): Extract<Status, { state: 'error' }> {
  if (e instanceof ApiError) return { state: 'error', message: e.message, hint: e.hint };
  return { state: 'error', message: e instanceof Error ? e.message : String(e), hint: hintFor(500) };
}

/** Runs a scene request with the global status showing it; failures end up in the status, never thrown. */
export async function tracked<T>(ctx: ActionContext, what: string, work: () => Promise<T>): Promise<T | null> {
  ctx.store.update((s) => ({ ...s, status: { state: 'loading', what } }));
  try {
    const result = await work();
    ctx.store.update((s) => (s.status.state === 'loading' && s.status.what === what ? { ...s, status: { state: 'idle' } } : s));
    return result;
  } catch (e) {
    ctx.store.update((s) => ({ ...s, status: errorStatus(e) }));
    return null;
  }
}
