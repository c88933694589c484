/**
 * Writes are signed with the reviewer's name, asked once (the dialog answers through `setReviewer`) and kept by the
 * browser; they run one after another so the server sees them in the order the person made them.
 */
import { saveReviewer } from '../state/reviewer.js';
import type { ActionContext } from './context.js';

export function signing(ctx: ActionContext) {
  const { store } = ctx;
  let waiting: ((name: string | null) => void)[] = [];
  let queue: Promise<unknown> = Promise.resolve();

  const answer = (name: string | null) => {
    const resolve = waiting;
    waiting = [];
    store.update((s) => ({ ...s, askingReviewer: false }));
    for (const r of resolve) r(name);
  };

  return {
    /** The reviewer's name, asking for it first when the browser has none; null when the person declined. */
    reviewer(): Promise<string | null> {
      const known = store.get().reviewer;
      if (known) return Promise.resolve(known);
      store.update((s) => ({ ...s, askingReviewer: true }));
      return new Promise((resolve) => waiting.push(resolve));
    },

    setReviewer(name: string): void {
      const trimmed = name.trim();
      if (!trimmed) return;
      saveReviewer(trimmed);
      store.update((s) => ({ ...s, reviewer: trimmed }));
      answer(trimmed);
    },

    cancel(): void {
      answer(null);
    },

    /** Runs `work` after every write asked for before it. */
    serial<T>(work: () => Promise<T>): Promise<T> {
      const run = queue.then(work, work);
      queue = run.catch(() => undefined);
      return run;
    },
  };
}

export type Signing = ReturnType<typeof signing>;
