import { describe, expect, it } from 'vitest';
import { createStore } from '../../../../src/ui/state/store.js';

describe('store', () => {
  it('tells listeners the new and previous state, and stops after unsubscribing', () => {
    const store = createStore({ n: 1 });
    const seen: [number, number][] = [];
    const stop = store.subscribe((s, p) => seen.push([s.n, p.n]));
    store.update((s) => ({ n: s.n + 1 }));
    stop();
    store.update((s) => ({ n: s.n + 1 }));
    expect(seen).toEqual([[2, 1]]);
    expect(store.get().n).toBe(3);
  });

  it('does not notify when an update returns the same state', () => {
    const store = createStore({ n: 1 });
    let calls = 0;
    store.subscribe(() => calls++);
    store.update((s) => s);
    expect(calls).toBe(0);
  });
});
