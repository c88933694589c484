/** Loads something for a component, with loading and error states and a retry; stale answers are ignored. */
import { useCallback, useEffect, useState } from 'react';
import { errorStatus } from '../actions/context.js';

export type Request<T> =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'done'; data: T }
  | { state: 'error'; message: string; hint: string };

export function useRequest<T>(load: (() => Promise<T>) | null, deps: readonly unknown[]): [Request<T>, () => void] {
  const [request, setRequest] = useState<Request<T>>({ state: 'idle' });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  useEffect(() => {
    if (!load) {
      setRequest({ state: 'idle' });
      return;
    }
    let current = true;
    setRequest({ state: 'loading' });
    load().then(
      (data) => current && setRequest({ state: 'done', data }),
      (e: unknown) => current && setRequest(errorStatus(e)),
    );
    return () => {
      current = false;
    };
    // The caller lists what `load` depends on, like useEffect.
  }, [...deps, attempt]);
  return [request, retry];
}
